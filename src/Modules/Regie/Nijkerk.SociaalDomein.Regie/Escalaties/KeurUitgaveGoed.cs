using Dapper;
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
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>
/// A second ijsbreker approves an uitgave over the balance: from then on it counts against the pot. Four eyes: who
/// spent it cannot approve it himself (422).
/// </summary>
internal static class KeurUitgaveGoed
{
    [Vereist(RegieRechten.EscalatiesBehandelen)]
    [Verwerking("Uitgave van een ijsbreker goedgekeurd", RegieDoelen.Regie)]
    public sealed record Command(Guid EscalatieId, Guid UitgaveId) : ICommand<BesteedBudget.Besteed>;

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, BesteedBudget.Besteed>
    {
        private const string Laad = """
            select id as Id, jaar as Jaar, bedrag as Bedrag, status as Status, door as Door, door_naam as DoorNaam
            from regie.ijsbreker_uitgave where id = @UitgaveId and escalatie_id = @EscalatieId for update
            """;

        private const string Keur = """
            update regie.ijsbreker_uitgave set status = 'geteld', goedgekeurd_op = @Nu, goedgekeurd_door = @Door, goedgekeurd_door_naam = @DoorNaam where id = @Id
            """;

        public async Task<BesteedBudget.Besteed> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (escalatie, plan) = await EscalatieOpslag.LaadAsync(session, command.EscalatieId, wie);
            var uitgave = await session.QuerySingleOrDefaultAsync<Rij>(Laad, new { command.UitgaveId, command.EscalatieId })
                ?? throw new NietGevondenException("Deze escalatie heeft geen uitgave met deze id.");
            if (uitgave.Status != UitgaveStatus.WachtOpGoedkeuring)
            {
                throw new ConflictException("Deze uitgave telt al mee; er is niets meer goed te keuren.");
            }

            if (uitgave.Door == wie.Id)
            {
                throw new RegelOvertredenException("U heeft deze uitgave zelf gedaan. Een uitgave boven het saldo keurt een andere ijsbreker goed (vier ogen).");
            }

            var nu = clock.GetUtcNow();
            var stand = await Budgetpot.VergrendelAsync(session, uitgave.Jaar);
            await session.ExecuteAsync(Keur, new { uitgave.Id, Nu = nu, Door = wie.Id, DoorNaam = wie.Naam });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "escalatie", escalatie.Id, "Uitgave van de ijsbreker goedgekeurd door een tweede ijsbreker");
            await session.RaiseAsync(new IjsbrekerBudgetBesteed(Guid.CreateVersion7(), nu, plan.Id, escalatie.Id, uitgave.Id, uitgave.Jaar, uitgave.Bedrag));
            return new BesteedBudget.Besteed(uitgave.Id, escalatie.Id, uitgave.Bedrag, UitgaveStatus.Geteld, stand.Saldo - uitgave.Bedrag);
        }

        private sealed record Rij(Guid Id, int Jaar, decimal Bedrag, string Status, string Door, string DoorNaam);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/escalaties/{id}/uitgaven/{uitgaveId}/goedkeuring", async Task<Ok<BesteedBudget.Besteed>> (
                Guid id, Guid uitgaveId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new Command(id, uitgaveId), ct)))
            .WithName("keurIjsbrekersuitgaveGoed")
            .WithTags("Regie")
            .WithSummary("Keur een uitgave boven het saldo goed")
            .WithDescription(
                "Een tweede ijsbreker keurt een uitgave goed die op goedkeuring wacht; daarna telt zij mee (ook als het saldo daardoor negatief " +
                "wordt) en meldt het IjsbrekerBudgetBesteed. Wie de uitgave deed, keurt haar niet zelf goed (422). Een uitgave die al meetelt " +
                "geeft 409. Alleen voor ijsbrekers.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
