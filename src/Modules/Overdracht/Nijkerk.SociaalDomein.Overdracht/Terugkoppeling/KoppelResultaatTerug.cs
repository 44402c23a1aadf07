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
using Nijkerk.SociaalDomein.Overdracht.Overdrachten;

namespace Nijkerk.SociaalDomein.Overdracht.Terugkoppeling;

/// <summary>
/// The closed loop: the partner (with its key) or the vakspecialist reports the result of the help on an accepted
/// overdracht, which closes it (OverdrachtAfgerond). The loket then sees how it ended.
/// </summary>
internal static class KoppelResultaatTerug
{
    [Vereist(OverdrachtRechten.Terugkoppelen)]
    [Verwerking("Resultaat van de overdracht teruggekoppeld", OverdrachtDoelen.Overdracht)]
    public sealed record Command(Guid OverdrachtId, string? Resultaat, string? Toelichting) : ICommand<Teruggekoppeld>;

    public sealed record Body(string? Resultaat, string? Toelichting)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new("geholpen", "Betalingsregeling met de drie schuldeisers getroffen; budgetcoaching loopt tot juni.");
    }

    public sealed record Teruggekoppeld(Guid OverdrachtId, Guid? InwonerId, string Status, string Resultaat, DateTimeOffset AfgerondOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            var resultaten = string.Join(", ", Resultaten.Namen.Keys);
            RuleFor(c => c.Resultaat).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Kies het resultaat: {resultaten}.")
                .EenVan(Resultaten.Namen.Keys).WithMessage($"Onbekend resultaat; kies uit: {resultaten}.");
            RuleFor(c => c.Toelichting).MaximumLength(4000).WithMessage("De toelichting is te lang (ten hoogste 4000 tekens).");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Teruggekoppeld>
    {
        private const string Bewaar = """
            update overdracht.overdracht
            set status = @Status, versie = @Versie, afgerond_op = @Nu, resultaat = @Resultaat, resultaat_toelichting = @Toelichting
            where id = @Id
            """;

        public async Task<Teruggekoppeld> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var overdracht = await OverdrachtOpslag.LaadAsync(session, command.OverdrachtId, actor.Huidig);
            overdracht.RondAf(command.Resultaat!, null);
            var toelichting = string.IsNullOrWhiteSpace(command.Toelichting) ? null : command.Toelichting.Trim();
            await session.ExecuteAsync(Bewaar, new { overdracht.Id, overdracht.Status, overdracht.Versie, Nu = nu, command.Resultaat, Toelichting = toelichting });
            await OverdrachtOpslag.StapAsync(session, new Stap(overdracht.Id, OverdrachtStatus.Afgerond, nu, actor.Huidig.Id, actor.Huidig.Naam, command.Resultaat, toelichting));
            await session.RaiseAsync(new OverdrachtAfgerond(
                Guid.CreateVersion7(), nu, overdracht.Id, overdracht.AanmeldingId, overdracht.InwonerId, overdracht.TeamCode,
                overdracht.PartnerOrganisatie, command.Resultaat!, toelichting));
            return new Teruggekoppeld(overdracht.Id, overdracht.InwonerId, overdracht.Status, command.Resultaat!, nu);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/overdrachten/{id}/terugkoppeling", async Task<Created<Teruggekoppeld>> (
                Guid id, Body? body, IMediator mediator, CancellationToken ct) =>
            {
                var teruggekoppeld = await mediator.Send(new Command(id, body?.Resultaat, body?.Toelichting), ct);
                return TypedResults.Created($"/api/v1/overdrachten/{id}", teruggekoppeld);
            })
            .MetIdempotentie()
            .WithName("koppelResultaatTerug")
            .WithTags("Overdracht")
            .WithSummary("Koppel het resultaat van een overdracht terug")
            .WithDescription(
                $"De partner (met zijn sleutel) of de vakspecialist meldt hoe de hulp afliep: resultaat is een van {string.Join(", ", Resultaten.Namen.Keys)}, " +
                "met een toelichting. Alleen een geaccepteerde overdracht wordt zo afgerond (anders 409); het loket ziet het resultaat bij de overdracht. " +
                "Een partner vindt alleen de overdrachten aan zijn eigen organisatie waarvoor de inwoner toestemming gaf (anders 404).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
