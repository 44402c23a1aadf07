using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten;

/// <summary>
/// The receiving team accepts: the signed-in vakspecialist (or the contact person a partner names) becomes the inwoner's
/// aanspreekpunt, reachable on the phone number given, and answers whether the samenvatting was enough or he had to ask
/// the inhabitant again ("verhaal één keer verteld"). An expired one can still be accepted by a team.
/// </summary>
internal static class AccepteerOverdracht
{
    [Vereist(OverdrachtRechten.Behandelen)]
    [Verwerking("Overdracht geaccepteerd; de accepterende is aanspreekpunt van de inwoner", OverdrachtDoelen.Overdracht)]
    public sealed record Command(Guid OverdrachtId, string? Telefoon, bool? SamenvattingVoldoende, string? Contactpersoon = null, int? Versie = null)
        : ICommand<Geaccepteerd>;

    public sealed record Invoer(string? Telefoon, bool? SamenvattingVoldoende, string? Contactpersoon)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("033 247 11 11", true, null);
    }

    public sealed record Geaccepteerd(Guid OverdrachtId, Guid? InwonerId, string Aanspreekpunt, string Telefoon, DateTimeOffset GeaccepteerdOp, int Versie)
        : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ActorContext actor)
        {
            RuleFor(c => c.Telefoon).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef het telefoonnummer waarop de inwoner en het loket u bereiken.")
                .Matches(@"^\+?[0-9 ()\-]{6,20}$").WithMessage("Een telefoonnummer bestaat uit 6 tot 20 cijfers, spaties, haakjes of streepjes, eventueel met + ervoor.");
            RuleFor(c => c.SamenvattingVoldoende).NotNull()
                .WithMessage("Geef aan of de samenvatting voldoende was, of dat u de inwoner opnieuw moest bevragen.");
            RuleFor(c => c.Contactpersoon).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Noem de contactpersoon van uw organisatie die aanspreekpunt van de inwoner wordt.")
                .MaximumLength(200).WithMessage("De naam van de contactpersoon is te lang (ten hoogste 200 tekens).")
                .When(_ => actor.Huidig.Organisatie is not null);
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Geaccepteerd>
    {
        private const string Bewaar = """
            update overdracht.overdracht
            set geaccepteerd_op = @Nu, geaccepteerd_door = @MedewerkerId, aanspreekpunt_naam = @Naam, aanspreekpunt_telefoon = @Telefoon,
                samenvatting_voldoende = @SamenvattingVoldoende
            where id = @Id
            """;

        public async Task<Geaccepteerd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var overdracht = await OverdrachtOpslag.LaadAsync(session, command.OverdrachtId, wie);
            overdracht.Accepteer(command.Versie);
            var nu = clock.GetUtcNow();
            var partner = wie.Organisatie is not null;
            var naam = partner ? command.Contactpersoon!.Trim() : wie.Naam;
            var medewerkerId = wie.Soort == ActorSoort.Medewerker ? wie.Id : null;
            var telefoon = command.Telefoon!.Trim();

            // The details first: the table holds that an accepted overdracht names its aanspreekpunt.
            await session.ExecuteAsync(Bewaar, new
            {
                overdracht.Id, Nu = nu, MedewerkerId = medewerkerId, Naam = naam, Telefoon = telefoon, command.SamenvattingVoldoende,
            });
            await OverdrachtOpslag.BewaarAsync(session, overdracht);
            await OverdrachtOpslag.StapAsync(session, new Stap(
                overdracht.Id, OverdrachtStatus.Geaccepteerd, nu, wie.Id, partner ? $"{naam} ({wie.Organisatie})" : naam,
                Toelichting: command.SamenvattingVoldoende == true ? "De samenvatting was voldoende." : "De inwoner is opnieuw bevraagd."));
            await session.RaiseAsync(new OverdrachtGeaccepteerd(
                Guid.CreateVersion7(), nu, overdracht.Id, overdracht.AanmeldingId, overdracht.InwonerId, overdracht.TeamCode,
                overdracht.PartnerOrganisatie, naam, telefoon, medewerkerId, command.SamenvattingVoldoende!.Value));
            return new Geaccepteerd(overdracht.Id, overdracht.InwonerId, naam, telefoon, nu, overdracht.Versie);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/overdrachten/{id}/acceptatie", async Task<Created<Geaccepteerd>> (
                Guid id, Invoer? invoer, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var versie = request.Headers.IfMatch.Count > 0 ? Versies.UitIfMatch(request) : (int?)null;
                var geaccepteerd = await mediator.Send(
                    new Command(id, invoer?.Telefoon, invoer?.SamenvattingVoldoende, invoer?.Contactpersoon, versie), ct);
                return TypedResults.Created($"/api/v1/overdrachten/{id}", geaccepteerd);
            })
            .MetIdempotentie()
            .WithName("accepteerOverdracht")
            .WithTags("Overdracht")
            .WithSummary("Accepteer een overdracht")
            .WithDescription(
                "De vakspecialist die accepteert wordt het aanspreekpunt van de inwoner, bereikbaar op het telefoonnummer dat hij opgeeft; een " +
                "partner noemt de contactpersoon van zijn organisatie (contactpersoon, alleen dan verplicht). samenvattingVoldoende zegt of de " +
                "samenvatting volstond of dat de inwoner opnieuw is bevraagd. Ook een verlopen overdracht van een team kan nog worden geaccepteerd; " +
                "een geaccepteerde, teruggelegde of afgeronde niet (409). Met If-Match alleen als de versie nog klopt (anders 412). " +
                "De overdracht van een ander team geeft 404. Meldt OverdrachtGeaccepteerd.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
