using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>
/// The ijsbreker spends from the pot at once ("vertrouwen vooraf, verantwoording achteraf"): amount, purpose and reason;
/// which budget pays is recorded afterwards. Within the balance it counts at once. Over the balance it is refused (422)
/// unless he asks a second ijsbreker's approval (goedkeuringVragen): then it waits, and counts once another approves.
/// </summary>
internal static class BesteedBudget
{
    [Vereist(RegieRechten.EscalatiesBehandelen)]
    [Verwerking("Uitgave van de ijsbreker vastgelegd", RegieDoelen.Regie)]
    public sealed record Command(Guid EscalatieId, decimal? Bedrag, string? Doel, string? Reden, bool GoedkeuringVragen = false) : ICommand<Besteed>;

    public sealed record Invoer(decimal? Bedrag, string? Doel, string? Reden, bool? GoedkeuringVragen)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(750m, "Achterstallige huur betaald", "Zonder betaling volgt volgende week de ontruiming; de aanvraag bijzondere bijstand duurt te lang.", false);
    }

    /// <summary>The uitgave, whether it counts or waits for approval, and the pot's balance after it.</summary>
    public sealed record Besteed(Guid Id, Guid EscalatieId, decimal Bedrag, string Status, decimal Saldo);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Bedrag).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vul het bedrag in euro in, bijvoorbeeld 750 of 82,50.")
                .GreaterThan(0).WithMessage("Het bedrag is meer dan € 0.")
                .LessThanOrEqualTo(1_000_000).WithMessage("Het bedrag is ten hoogste € 1.000.000.")
                .Must(b => decimal.Round(b!.Value, 2) == b.Value).WithMessage("Een bedrag heeft ten hoogste twee cijfers achter de komma.");
            RuleFor(c => c.Doel).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Schrijf op waaraan het geld is besteed.")
                .MaximumLength(500).WithMessage("Het doel is te lang (ten hoogste 500 tekens).");
            RuleFor(c => c.Reden).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Schrijf op waarom het nodig was: dat is de verantwoording achteraf.")
                .MaximumLength(2000).WithMessage("De reden is te lang (ten hoogste 2000 tekens).");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Besteed>
    {
        private const string Bewaar = """
            insert into regie.ijsbreker_uitgave (id, escalatie_id, plan_id, jaar, bedrag, doel, reden, status, gedaan_op, door, door_naam)
            values (@Id, @EscalatieId, @PlanId, @Jaar, @Bedrag, @Doel, @Reden, @Status, @Nu, @Door, @DoorNaam)
            """;

        public async Task<Besteed> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (escalatie, plan) = await EscalatieOpslag.LaadAsync(session, command.EscalatieId, wie);
            escalatie.MoetOpenZijn();
            var nu = clock.GetUtcNow();
            var stand = await Budgetpot.VergrendelAsync(session, Budgetpot.JaarVan(nu));
            var bedrag = command.Bedrag!.Value;
            var past = bedrag <= stand.Saldo;
            if (!past && !command.GoedkeuringVragen)
            {
                throw new RegelOvertredenException(
                    $"Dit bedrag ({Budgetpot.Euro(bedrag)}) is hoger dan het saldo van de ijsbrekerspot ({Budgetpot.Euro(stand.Saldo)}). " +
                    "Daarvoor is de goedkeuring van een tweede ijsbreker nodig: leg de uitgave vast met 'goedkeuring vragen'; zij telt mee zodra een andere ijsbreker akkoord geeft.");
            }

            var id = Guid.CreateVersion7();
            var status = past ? UitgaveStatus.Geteld : UitgaveStatus.WachtOpGoedkeuring;
            await session.ExecuteAsync(Bewaar, new
            {
                Id = id, EscalatieId = escalatie.Id, PlanId = plan.Id, stand.Jaar, Bedrag = bedrag, Doel = command.Doel!.Trim(), Reden = command.Reden!.Trim(),
                Status = status, Nu = nu, Door = wie.Id, DoorNaam = wie.Naam,
            });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "escalatie", escalatie.Id,
                past ? "Uitgave van de ijsbreker vastgelegd" : "Uitgave van de ijsbreker wacht op goedkeuring");
            if (past)
            {
                await session.RaiseAsync(new IjsbrekerBudgetBesteed(Guid.CreateVersion7(), nu, plan.Id, escalatie.Id, id, stand.Jaar, bedrag));
            }

            return new Besteed(id, escalatie.Id, bedrag, status, past ? stand.Saldo - bedrag : stand.Saldo);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/escalaties/{id}/uitgaven", async Task<Created<Besteed>> (Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var besteed = await mediator.Send(new Command(id, invoer?.Bedrag, invoer?.Doel, invoer?.Reden, invoer?.GoedkeuringVragen ?? false), ct);
                return TypedResults.Created($"/api/v1/escalaties/{id}", besteed);
            })
            .MetIdempotentie()
            .WithName("besteedIjsbrekersbudget")
            .WithTags("Regie")
            .WithSummary("Leg een uitgave van de ijsbreker vast")
            .WithDescription(
                "Vertrouwen vooraf, verantwoording achteraf: de ijsbreker legt meteen vast wat hij besteedde (bedrag in euro, meer dan 0), " +
                "waaraan (doel) en waarom (reden). Past het in het saldo van de pot van dit jaar, dan telt het meteen (status geteld) en meldt " +
                "het IjsbrekerBudgetBesteed. Is het meer dan het saldo, dan is het 422, tenzij goedkeuringVragen true is: dan wacht de uitgave " +
                "(wacht-op-goedkeuring) op een tweede ijsbreker (POST …/uitgaven/{uitgaveId}/goedkeuring). Welk budget betaalt, volgt met PATCH. " +
                "Alleen voor ijsbrekers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
