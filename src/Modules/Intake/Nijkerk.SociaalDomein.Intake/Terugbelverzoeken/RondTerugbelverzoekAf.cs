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
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Intake.Terugbelverzoeken;

/// <summary>The call was made: the terugbelverzoek is done, with who and when. Only an open one can be marked done.</summary>
internal static class RondTerugbelverzoekAf
{
    [Vereist(IntakeRechten.AanmeldingenSchrijven)]
    [Verwerking("Terugbelverzoek afgerond", IntakeDoelen.Intake)]
    public sealed record Command(Guid AanmeldingId, Guid TerugbelverzoekId) : ICommand<Afronding>;

    public sealed record Afronding(Guid TerugbelverzoekId, string AfgerondDoor, DateTimeOffset AfgerondOp, Guid? InwonerId) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Afronding>
    {
        // Locks the row, so two colleagues pressing "afronden" at once cannot both mark it done.
        private const string Laad = """
            select t.afgerond_door as AfgerondDoor, t.afgerond_op as AfgerondOp, a.inwoner_id as InwonerId
            from intake.terugbelverzoek t join intake.aanmelding a on a.id = t.aanmelding_id
            where t.id = @TerugbelverzoekId and t.aanmelding_id = @AanmeldingId
            for update of t
            """;

        private const string Bewaar = "update intake.terugbelverzoek set afgerond_door = @Door, afgerond_op = @Nu where id = @TerugbelverzoekId";

        public async Task<Afronding> Handle(Command command, CancellationToken cancellationToken)
        {
            var rij = await session.QuerySingleOrDefaultAsync<Rij>(Laad, new { command.AanmeldingId, command.TerugbelverzoekId })
                ?? throw new NietGevondenException("Er is geen terugbelverzoek met deze id bij deze aanmelding.");
            if (rij.AfgerondOp is { } op)
            {
                throw new RegelOvertredenException($"Dit terugbelverzoek is al afgerond door {rij.AfgerondDoor} op {Weergave.Tijdstip(op)}.");
            }

            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Bewaar, new { command.TerugbelverzoekId, Door = actor.Huidig.Naam, Nu = nu });
            return new Afronding(command.TerugbelverzoekId, actor.Huidig.Naam, nu, rij.InwonerId);
        }

        private sealed record Rij(string? AfgerondDoor, DateTimeOffset? AfgerondOp, Guid? InwonerId);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id}/terugbelverzoeken/{terugbelverzoekId}/afronding", async Task<Created<Afronding>> (
                Guid id, Guid terugbelverzoekId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/aanmeldingen/{id}", await mediator.Send(new Command(id, terugbelverzoekId), ct)))
            .WithName("rondTerugbelverzoekAf")
            .WithTags("Aanmeldingen")
            .WithSummary("Rond een terugbelverzoek af")
            .WithDescription("Er is teruggebeld: het verzoek is afgerond, met wie en wanneer. Een al afgerond verzoek nogmaals afronden geeft 422.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
