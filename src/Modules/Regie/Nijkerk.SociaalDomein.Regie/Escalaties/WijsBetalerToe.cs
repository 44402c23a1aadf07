using FluentValidation;
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
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>Verantwoording achteraf: which budget or domain pays an uitgave. It may be corrected, also after handling.</summary>
internal static class WijsBetalerToe
{
    [Vereist(RegieRechten.EscalatiesBehandelen)]
    [Verwerking("Betaler van een uitgave van de ijsbreker vastgelegd", RegieDoelen.Regie)]
    public sealed record Command(Guid EscalatieId, Guid UitgaveId, string? BetaaldUit) : ICommand<Toegewezen>;

    public sealed record Invoer(string? BetaaldUit)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("bijzondere-bijstand");
    }

    public sealed record Toegewezen(Guid Id, Guid EscalatieId, string BetaaldUit);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.BetaaldUit).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies welk budget betaalt.")
                .EenVan(Escalatiecodes.Betaalbronnen.Keys)
                .WithMessage($"Onbekend budget; kies uit: {string.Join(", ", Escalatiecodes.Betaalbronnen.Keys)}.");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Toegewezen>
    {
        private const string Bewaar = "update regie.ijsbreker_uitgave set betaald_uit = @BetaaldUit where id = @UitgaveId and escalatie_id = @EscalatieId";

        public async Task<Toegewezen> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (escalatie, plan) = await EscalatieOpslag.LaadAsync(session, command.EscalatieId, wie);
            if (await session.ExecuteAsync(Bewaar, command) == 0)
            {
                throw new NietGevondenException("Deze escalatie heeft geen uitgave met deze id.");
            }

            await PlanOpslag.BewaarAsync(session, plan, wie, clock.GetUtcNow(), "escalatie", escalatie.Id, "Betaler van een uitgave van de ijsbreker vastgelegd");
            return new Toegewezen(command.UitgaveId, escalatie.Id, command.BetaaldUit!);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/escalaties/{id}/uitgaven/{uitgaveId}", async Task<Ok<Toegewezen>> (
                Guid id, Guid uitgaveId, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Command(id, uitgaveId, invoer?.BetaaldUit), ct)))
            .WithName("wijsBetalerVanUitgaveToe")
            .WithTags("Regie")
            .WithSummary("Leg vast welk budget een uitgave betaalt")
            .WithDescription(
                "Verantwoording achteraf: betaaldUit is wmo, jeugd, participatie, bijzondere-bijstand, schuldhulp of anders. Mag worden " +
                "gecorrigeerd, ook na afhandeling. Alleen voor ijsbrekers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
