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
/// The receiving team lays the overdracht back with a reason from the list and its own text: it goes back to the loket
/// for re-routing, never to the inhabitant. Only while nobody accepted it.
/// </summary>
internal static class LegOverdrachtTerug
{
    [Vereist(OverdrachtRechten.Behandelen)]
    [Verwerking("Overdracht teruggelegd bij het loket", OverdrachtDoelen.Overdracht)]
    public sealed record Command(Guid OverdrachtId, string? Reden, string? Toelichting, int? Versie = null) : ICommand<Teruggelegd>;

    public sealed record Invoer(string? Reden, string? Toelichting)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("ander-team", "Het gaat om de zorg voor haar zoon van 12; dat is een vraag voor Jeugd & Onderwijs.");
    }

    public sealed record Teruggelegd(Guid OverdrachtId, Guid? InwonerId, string Reden, DateTimeOffset TeruggelegdOp, int Versie) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal static string Opsomming => string.Join(", ", Teruglegredenen.Namen.Keys);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reden).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Kies de reden waarom de overdracht terug naar het loket gaat: {Opsomming}.")
                .EenVan(Teruglegredenen.Namen.Keys).WithMessage($"Onbekende reden; kies uit: {Opsomming}.");
            RuleFor(c => c.Toelichting).NotEmpty().When(c => c.Reden == Teruglegredenen.Anders)
                .WithMessage("Licht de reden 'anders' toe, zodat het loket weet waar de vraag wel thuishoort.");
            RuleFor(c => c.Toelichting).MaximumLength(4000).WithMessage("De toelichting is te lang (ten hoogste 4000 tekens).");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Teruggelegd>
    {
        private const string Bewaar = """
            update overdracht.overdracht set teruggelegd_op = @Nu, teruglegreden = @Reden, teruglegtoelichting = @Toelichting where id = @Id
            """;

        public async Task<Teruggelegd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var overdracht = await OverdrachtOpslag.LaadAsync(session, command.OverdrachtId, wie);
            var toelichting = string.IsNullOrWhiteSpace(command.Toelichting) ? null : command.Toelichting.Trim();
            overdracht.LegTerug(command.Reden!, toelichting, command.Versie);
            var nu = clock.GetUtcNow();

            // The reason first: the table holds that a laid-back overdracht has one.
            await session.ExecuteAsync(Bewaar, new { overdracht.Id, Nu = nu, command.Reden, Toelichting = toelichting });
            await OverdrachtOpslag.BewaarAsync(session, overdracht);
            await OverdrachtOpslag.StapAsync(session, new Stap(
                overdracht.Id, OverdrachtStatus.Teruggelegd, nu, wie.Id, wie.Organisatie is null ? wie.Naam : $"{wie.Naam} ({wie.Organisatie})",
                command.Reden, toelichting));
            await session.RaiseAsync(new OverdrachtTeruggelegd(
                Guid.CreateVersion7(), nu, overdracht.Id, overdracht.AanmeldingId, overdracht.InwonerId, overdracht.TeamCode,
                overdracht.PartnerOrganisatie, command.Reden!, Teruglegredenen.Namen[command.Reden!], toelichting));
            return new Teruggelegd(overdracht.Id, overdracht.InwonerId, command.Reden!, nu, overdracht.Versie);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/overdrachten/{id}/teruglegging", async Task<Created<Teruggelegd>> (
                Guid id, Invoer? invoer, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var versie = request.Headers.IfMatch.Count > 0 ? Versies.UitIfMatch(request) : (int?)null;
                var teruggelegd = await mediator.Send(new Command(id, invoer?.Reden, invoer?.Toelichting, versie), ct);
                return TypedResults.Created($"/api/v1/overdrachten/{id}", teruggelegd);
            })
            .MetIdempotentie()
            .WithName("legOverdrachtTerug")
            .WithTags("Overdracht")
            .WithSummary("Leg een overdracht terug bij het loket")
            .WithDescription(
                $"Het ontvangende team legt de overdracht terug met een reden ({Opsomming}) en een toelichting (verplicht bij anders). Zij gaat " +
                "terug naar het loket om opnieuw te routeren, nooit naar de inwoner. Alleen zolang zij niet is geaccepteerd (anders 409). Met " +
                "If-Match alleen als de versie nog klopt (anders 412). De overdracht van een ander team geeft 404. Meldt OverdrachtTeruggelegd.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
