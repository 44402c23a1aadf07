using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>The ijsbreker ends the escalation: the plan runs again, and a new stall may be escalated anew.</summary>
internal static class HandelEscalatieAf
{
    [Vereist(RegieRechten.EscalatiesBehandelen)]
    [Verwerking("Escalatie afgehandeld", RegieDoelen.Regie)]
    public sealed record Command(Guid EscalatieId, string? Toelichting) : ICommand<Afgehandeld>;

    public sealed record Invoer(string? Toelichting)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("De huur is betaald en het bewind is aangevraagd; het plan loopt weer.");
    }

    public sealed record Afgehandeld(Guid Id, DateTimeOffset AfgehandeldOp);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Toelichting).MaximumLength(2000).WithMessage("De toelichting is te lang (ten hoogste 2000 tekens).");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Afgehandeld>
    {
        private const string Bewaar = """
            update regie.escalatie set status = 'afgehandeld', afgehandeld_op = @Nu, afgehandeld_door = @Door, afhandeling = @Toelichting where id = @Id
            """;

        public async Task<Afgehandeld> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (escalatie, plan) = await EscalatieOpslag.LaadAsync(session, command.EscalatieId, wie);
            escalatie.MoetOpenZijn();
            var nu = clock.GetUtcNow();
            var toelichting = string.IsNullOrWhiteSpace(command.Toelichting) ? null : command.Toelichting.Trim();
            await session.ExecuteAsync(Bewaar, new { escalatie.Id, Nu = nu, Door = wie.Id, Toelichting = toelichting });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "escalatie", escalatie.Id, "Escalatie afgehandeld");
            return new Afgehandeld(escalatie.Id, nu);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/escalaties/{id}/afhandeling", async Task<Ok<Afgehandeld>> (Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Command(id, invoer?.Toelichting), ct)))
            .WithName("handelEscalatieAf")
            .WithTags("Regie")
            .WithSummary("Handel een escalatie af")
            .WithDescription("De ijsbreker sluit de escalatie, met een toelichting naar keuze. Daarna kan het plan opnieuw worden geëscaleerd. Een afgehandelde geeft 409. Alleen voor ijsbrekers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
