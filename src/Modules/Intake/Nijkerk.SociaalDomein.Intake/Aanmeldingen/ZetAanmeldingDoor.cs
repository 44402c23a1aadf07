using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>Hands an aanmelding on to vraagverheldering; Vraagverheldering hears of it through AanmeldingDoorgezet.</summary>
internal static class ZetAanmeldingDoor
{
    [Vereist(IntakeRechten.AanmeldingenBehandelen)]
    [Verwerking("Aanmelding doorgezet naar vraagverheldering", IntakeDoelen.Intake)]
    public sealed record Command(Guid AanmeldingId) : ICommand<Doorzetting>;

    public sealed record Doorzetting(Guid AanmeldingId, Guid? InwonerId, DateTimeOffset DoorgezetOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Doorzetting>
    {
        public async Task<Doorzetting> Handle(Command command, CancellationToken cancellationToken)
        {
            var aanmelding = await AanmeldingOpslag.LaadAsync(session, command.AanmeldingId);
            var doorgezet = aanmelding.ZetDoor(actor.Huidig.Id, clock.GetUtcNow());
            await AanmeldingOpslag.BewaarAsync(session, aanmelding);
            await session.RaiseAsync(doorgezet);
            return new Doorzetting(aanmelding.Id, aanmelding.InwonerId, doorgezet.OccurredAt);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id}/doorzetting", async Task<Created<Doorzetting>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var doorzetting = await mediator.Send(new Command(id), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", doorzetting);
            })
            .WithName("zetAanmeldingDoor")
            .WithTags("Aanmeldingen")
            .WithSummary("Zet een aanmelding door naar vraagverheldering")
            .WithDescription("Voor een vraag die een breed gesprek nodig heeft. De aanmelding verschijnt in de werkvoorraad vraagverheldering. Alleen een open aanmelding kan worden doorgezet (anders 422).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
