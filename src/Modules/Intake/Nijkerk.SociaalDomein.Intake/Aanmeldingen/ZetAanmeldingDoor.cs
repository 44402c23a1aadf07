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
    [Vereist(Rechten.AanmeldingenBehandelen)]
    [Verwerking("Aanmelding doorgezet naar vraagverheldering", Doelen.Intake)]
    public sealed record Command(Guid AanmeldingId) : ICommand<Doorzetting>;

    public sealed record Doorzetting(Guid AanmeldingId, Guid? InwonerId, DateTimeOffset DoorgezetOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock) : IRequestHandler<Command, Doorzetting>
    {
        // Locks the row, so two colleagues pressing the button at once cannot both hand it on.
        private const string Laad = """
            select id as Id, inwoner_id as InwonerId, vraag as Vraag, urgentie as Urgentie, status as Status
            from intake.aanmelding where id = @AanmeldingId for update
            """;

        private const string Bewaar = "update intake.aanmelding set status = @Status, doorgezet_op = @DoorgezetOp where id = @Id";

        public async Task<Doorzetting> Handle(Command command, CancellationToken cancellationToken)
        {
            var rij = await session.QuerySingleOrDefaultAsync<Rij>(Laad, command)
                ?? throw new NietGevondenException("Er is geen aanmelding met deze id.");
            var aanmelding = new Aanmelding(rij.Id, rij.InwonerId, rij.Vraag, rij.Urgentie, rij.Status);
            var doorgezet = aanmelding.ZetDoor(clock.GetUtcNow());
            await session.ExecuteAsync(Bewaar, new { aanmelding.Id, aanmelding.Status, aanmelding.DoorgezetOp });
            await session.RaiseAsync(doorgezet);
            return new Doorzetting(aanmelding.Id, rij.InwonerId, doorgezet.OccurredAt);
        }

        private sealed record Rij(Guid Id, Guid? InwonerId, string Vraag, string Urgentie, string Status);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id:guid}/doorzetting", async Task<Created<Doorzetting>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var doorzetting = await mediator.Send(new Command(id), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", doorzetting);
            })
            .WithName("zetAanmeldingDoor")
            .WithTags("Aanmeldingen")
            .WithSummary("Zet een aanmelding door naar vraagverheldering")
            .WithDescription("Voor een vraag die een breed gesprek nodig heeft. De aanmelding verschijnt in de werkvoorraad vraagverheldering. Alleen een open aanmelding kan worden doorgezet (anders 422).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
