using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>"Ook meegemaakt": a colleague met a knelpunt that is still open too, and counts on it once.</summary>
internal static class MeldKnelpuntOpnieuw
{
    [Vereist(MonitoringRechten.KnelpuntMelden)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid Id) : ICommand<MeldKnelpunt.Gemeld>;

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, MeldKnelpunt.Gemeld>
    {
        public async Task<MeldKnelpunt.Gemeld> Handle(Command command, CancellationToken cancellationToken)
        {
            var knelpunt = await KnelpuntOpslag.LaadAsync(session, command.Id);
            knelpunt.ControleerMelding();
            var aantal = await KnelpuntOpslag.TelMeeAsync(session, knelpunt.Id, actor.Huidig.Id, clock.GetUtcNow())
                ?? throw new ConflictException("U heeft dit knelpunt al gemeld; elke medewerker telt één keer mee.");
            return new MeldKnelpunt.Gemeld(knelpunt.Id, aantal, false);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/knelpunten/{id}/meldingen", async Task<Created<MeldKnelpunt.Gemeld>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var gemeld = await mediator.Send(new Command(id), ct);
                return TypedResults.Created($"/api/v1/knelpunten/{id}", gemeld);
            })
            .WithName("meldKnelpuntOpnieuw")
            .WithTags("Monitoring")
            .WithSummary("Ook meegemaakt: tel mee op een open knelpunt")
            .WithDescription(
                "Een collega kwam hetzelfde knelpunt tegen: het telt één keer per medewerker of sleutel mee (een tweede keer geeft 409). " +
                "Een afgehandeld knelpunt (opgepakt of niet opgepakt) telt niet meer (409): meld het dan als nieuw knelpunt.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
