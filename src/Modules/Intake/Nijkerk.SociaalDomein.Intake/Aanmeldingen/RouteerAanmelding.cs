using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>
/// Sends an aanmelding to the aanspreekpunt the inwoner already has (his regisseur, else the vakspecialist of an
/// accepted overdracht), rather than starting a new route: the inwoner tells his story to someone who knows it.
/// </summary>
internal static class RouteerAanmelding
{
    [Vereist(IntakeRechten.AanmeldingenBehandelen)]
    [Verwerking("Aanmelding gerouteerd naar het aanspreekpunt van de inwoner", IntakeDoelen.Intake)]
    public sealed record Command(Guid AanmeldingId) : ICommand<Routering>;

    public sealed record Routering(Guid AanmeldingId, Guid InwonerId, string Rol, string Aanspreekpunt, DateTimeOffset GerouteerdOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor, IMediator mediator) : IRequestHandler<Command, Routering>
    {
        public async Task<Routering> Handle(Command command, CancellationToken cancellationToken)
        {
            var aanmelding = await AanmeldingOpslag.LaadAsync(session, command.AanmeldingId);
            (string, string, string?)? naar = null;
            if (aanmelding.InwonerId is { } inwoner)
            {
                var plan = await mediator.Send(new GeefPlanVanInwoner(inwoner), cancellationToken);
                var vakspecialist = plan is null ? await mediator.Send(new GeefAanspreekpuntVanInwoner(inwoner), cancellationToken) : null;
                naar = GeefOverzicht.AanspreekpuntVan(plan, vakspecialist) is { } aanspreekpunt
                    ? (aanspreekpunt.Rol, aanspreekpunt.Naam, vakspecialist?.MedewerkerId)
                    : null;
            }

            var gerouteerd = aanmelding.Routeer(actor.Huidig.Id, clock.GetUtcNow(), naar);
            await AanmeldingOpslag.BewaarAsync(session, aanmelding);
            await session.RaiseAsync(gerouteerd);
            return new Routering(aanmelding.Id, gerouteerd.InwonerId, gerouteerd.Rol, gerouteerd.Aanspreekpunt, gerouteerd.OccurredAt);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id}/routering", async Task<Created<Routering>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var routering = await mediator.Send(new Command(id), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", routering);
            })
            .WithName("routeerAanmelding")
            .WithTags("Aanmeldingen")
            .WithSummary("Routeer een aanmelding naar het aanspreekpunt")
            .WithDescription(
                "Voor een inwoner die al een aanspreekpunt heeft: de regisseur van zijn plan, anders de vakspecialist die zijn laatste lopende " +
                "overdracht accepteerde (zie GET /api/v1/inwoners/{id}/overzicht); de aanmelding komt in diens lijst 'aan mij gerouteerd'. " +
                "Zonder aanspreekpunt, met de contactpersoon van een externe partner als aanspreekpunt, of voor een anonieme of niet-open aanmelding: 422.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
