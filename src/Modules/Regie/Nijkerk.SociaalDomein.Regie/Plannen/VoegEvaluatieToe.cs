using System.Text.Json;
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
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Huishoudens;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// An evaluatiemoment: notes and new scores (1–5) per leefgebied. The regisseur and a vakspecialist with a part in the plan
/// evaluate; a 'beperkt' evaluatie is read by the regisseur and the writer's team only.
/// </summary>
internal static class VoegEvaluatieToe
{
    [Vereist(RegieRechten.PlannenBijdragen)]
    [Verwerking("Evaluatie aan het ondersteuningsplan toegevoegd", RegieDoelen.Regie)]
    public sealed record Command(Guid PlanId, int Versie, string? Notitie, IReadOnlyList<NieuweScore>? Scores, string? Zichtbaarheid) : ICommand<PlanGewijzigd>;

    public sealed record NieuweScore(string? Leefgebied, int? Score);

    public sealed record Invoer(string? Notitie, IReadOnlyList<NieuweScore>? Scores, string? Zichtbaarheid)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(
            "De post is op orde; de schuldhulp is gestart. Werk zoeken komt na de zomer.", [new("financien", 3)], Zichtbaarheden.Plan);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(c => c.Notitie).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Schrijf op wat de evaluatie opleverde.")
                .MaximumLength(4000).WithMessage("De notitie is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c.Zichtbaarheid).EenVan(Zichtbaarheden.Namen.Keys)
                .WithMessage("Kies wie de evaluatie ziet: 'plan' of 'beperkt'.");
            RuleFor(c => c.Scores).Must(s => s is null || s.Select(x => x.Leefgebied).Distinct().Count() == s.Count)
                .WithMessage("Geef per leefgebied één score.");
            RuleForEach(c => c.Scores).ChildRules(score =>
            {
                score.RuleFor(s => s.Leefgebied).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Kies het leefgebied van de score.")
                    .MustAsync(async (code, ct) => (await mediator.Send(new GeefLeefgebieden(), ct)).Any(l => l.Code == code))
                    .WithMessage("Kies een leefgebied uit de lijst.");
                score.RuleFor(s => s.Score).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Geef een score van 1 tot en met 5.")
                    .InclusiveBetween(1, 5).WithMessage("Een score is 1 tot en met 5 (de zelfredzaamheidsschaal).");
            });
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, PlanGewijzigd>
    {
        private const string Voeg = """
            insert into regie.evaluatie (id, plan_id, op, notitie, scores, zichtbaarheid, team_code, door, door_naam)
            values (@Id, @PlanId, @Nu, @Notitie, @Scores::jsonb, @Zichtbaarheid, @TeamCode, @Door, @DoorNaam)
            """;

        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        public async Task<PlanGewijzigd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (plan, rol) = await PlanOpslag.LaadAsync(session, command.PlanId, wie);
            if (!PlanWijzigen.IsBijdrager(wie, rol))
            {
                throw new GeenToegangException("Alleen de regisseur en de vakspecialisten van de teams in het plan evalueren.");
            }

            plan.MoetLopen();
            await PlanWijzigen.PlanZelfdeSindsAsync(session, plan, command.Versie);
            var id = Guid.CreateVersion7();
            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Voeg, new
            {
                Id = id, PlanId = plan.Id, Nu = nu, Notitie = command.Notitie!.Trim(),
                Scores = JsonSerializer.Serialize((command.Scores ?? []).Select(s => new { leefgebied = s.Leefgebied, score = s.Score }), Json),
                Zichtbaarheid = command.Zichtbaarheid ?? Zichtbaarheden.Plan, TeamCode = PlanWijzigen.IsRegisseur(wie, rol) ? null : PlanWijzigen.EigenTeam(wie, plan),
                Door = wie.Id, DoorNaam = wie.Naam,
            });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "evaluatie", id, "Evaluatie toegevoegd");
            return new PlanGewijzigd(plan.Id, id, null, plan.Versie) { Leden = await HuishoudenOpslag.LedenAsync(session, plan.HuishoudenId) };
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/plannen/{id}/evaluaties", async Task<Created<PlanGewijzigd>> (Guid id, Invoer? invoer, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var gewijzigd = await mediator.Send(new Command(id, versie, invoer?.Notitie, invoer?.Scores, invoer?.Zichtbaarheid), ct);
                return TypedResults.Created($"/api/v1/plannen/{id}", gewijzigd);
            })
            .WithName("voegEvaluatieToe")
            .WithTags("Regie")
            .WithSummary("Leg een evaluatie van een ondersteuningsplan vast")
            .WithDescription(
                "Een evaluatiemoment: de notitie en nieuwe scores (1 tot en met 5) per leefgebied, elk leefgebied één keer. De regisseur en een " +
                "vakspecialist met een deel in het plan evalueren; 'beperkt' ziet alleen de regisseur en het team van de schrijver. Stuur in If-Match " +
                "de ETag van het plan (zonder 428; 412 alleen als het plan zelf intussen wijzigde). Een afgesloten plan: 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
