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
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Huishoudens;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// The inwoner agreed to his plan: when and how (mondeling, schriftelijk, digitaal). He agrees to the plan as it stood,
/// so the regisseur records it on the plan version he showed: any change since, by anyone, is 412.
/// </summary>
internal static class LegAkkoordVast
{
    [Vereist(RegieRechten.PlannenBeheren)]
    [Verwerking("Akkoord van de inwoner op het ondersteuningsplan vastgelegd", RegieDoelen.Regie)]
    public sealed record Command(Guid PlanId, int Versie, DateOnly? Op, string? Wijze) : ICommand<PlanGewijzigd>;

    public sealed record Invoer(DateOnly? Op, string? Wijze)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(DateOnly.FromDateTime(DateTime.Today), "mondeling");
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Op).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Geef de datum waarop de inwoner akkoord gaf.")
                .Must(d => d <= NederlandseDag.Van(clock.GetUtcNow())).WithMessage("Het akkoord ligt niet in de toekomst; kies vandaag of eerder.");
            RuleFor(c => c.Wijze).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies hoe de inwoner akkoord gaf: mondeling, schriftelijk of digitaal.")
                .EenVan(AkkoordWijzen.Namen.Keys).WithMessage("Kies mondeling, schriftelijk of digitaal.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, PlanGewijzigd>
    {
        private const string Bewaar = """
            update regie.plan set akkoord_op = (@Op::date + time '12:00') at time zone 'Europe/Amsterdam', akkoord_wijze = @Wijze where id = @Id
            """;

        public async Task<PlanGewijzigd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (plan, rol) = await PlanOpslag.LaadAsync(session, command.PlanId, wie);
            PlanWijzigen.MoetRegisseurZijn(wie, rol);
            plan.MoetLopen();
            await PlanOpslag.ZelfdeVersieAsync(session, plan, command.Versie);
            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Bewaar, new { plan.Id, Op = command.Op!.Value, command.Wijze });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "plan", plan.Id, $"Akkoord van de inwoner vastgelegd ({command.Wijze})");
            return new PlanGewijzigd(plan.Id, null, null, plan.Versie) { Leden = await HuishoudenOpslag.LedenAsync(session, plan.HuishoudenId) };
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/plannen/{id}/akkoord", async Task<Created<PlanGewijzigd>> (Guid id, Invoer? invoer, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var gewijzigd = await mediator.Send(new Command(id, versie, invoer?.Op, invoer?.Wijze), ct);
                return TypedResults.Created($"/api/v1/plannen/{id}", gewijzigd);
            })
            .WithName("legAkkoordVast")
            .WithTags("Regie")
            .WithSummary("Leg het akkoord van de inwoner op zijn plan vast")
            .WithDescription(
                "De regisseur legt vast dat de inwoner met het plan instemt: op (de datum, niet in de toekomst) en wijze (mondeling, schriftelijk, " +
                "digitaal). De inwoner stemt in met het plan zoals het er lag: stuur in If-Match de ETag van dat plan (zonder 428); is het intussen " +
                "op enig punt gewijzigd, dan volgt 412 met wie wat wijzigde. Een afgesloten plan: 409. Alleen de regisseur (anders 403).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
