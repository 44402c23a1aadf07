using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using FluentValidation.Results;
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
using Nijkerk.SociaalDomein.Regie.Escalaties;
using Nijkerk.SociaalDomein.Regie.Huishoudens;
using Nijkerk.SociaalDomein.Regie.Plannen;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Afsluiting;

/// <summary>
/// The regisseur closes the plan with a result per doel (behaald, deels, niet: every doel gets one) and new scores per
/// leefgebied (at least those with a start score), so the effect is measured: the change per leefgebied is stored and
/// returned. An optional nazorg date lands in his werkvoorraad. Afterwards the household may get a new plan.
/// </summary>
internal static class SluitPlanAf
{
    public static readonly IReadOnlyDictionary<string, string> Resultaten = new Dictionary<string, string>
    {
        ["behaald"] = "Behaald",
        ["deels"] = "Deels behaald",
        ["niet"] = "Niet behaald",
    };

    [Vereist(RegieRechten.PlannenBeheren)]
    [Verwerking("Ondersteuningsplan afgesloten met resultaat", RegieDoelen.Regie)]
    public sealed record Command(Guid PlanId, IReadOnlyList<DoelInvoer>? Doelen, IReadOnlyList<ScoreInvoer>? Scores, DateOnly? NazorgOp, int? Versie) : ICommand<Afgesloten>;

    public sealed record DoelInvoer(Guid? DoelId, string? Resultaat);

    public sealed record ScoreInvoer(string? Leefgebied, int? Score);

    public sealed record Invoer(IReadOnlyList<DoelInvoer>? Doelen, IReadOnlyList<ScoreInvoer>? Scores, DateOnly? NazorgOp)
    {
        /// <summary>The example in the API document: a plan without doelen, with the three start scores scored anew.</summary>
        public static Invoer Voorbeeld => new([], [new("financien", 4), new("huisvesting", 3), new("werk-opleiding", 3)], DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(3)));
    }

    /// <summary>The closed plan: the result per doel and the change per leefgebied (start, end, change).</summary>
    public sealed record Afgesloten(
        Guid PlanId, DateTimeOffset AfgeslotenOp, DateOnly? NazorgOp, IReadOnlyList<DoelResultaat> Doelen, IReadOnlyList<ScoreVerandering> Veranderingen, int Versie)
        : IBetreftPersonen
    {
        [JsonIgnore]
        public IReadOnlyList<Guid> Leden { get; init; } = [];

        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator, TimeProvider clock)
        {
            RuleFor(c => c.Doelen).NotNull().WithMessage("Geef per doel het resultaat; een plan zonder doelen geeft een lege lijst.");
            RuleForEach(c => c.Doelen).ChildRules(doel =>
            {
                doel.RuleFor(d => d.DoelId).NotNull().WithMessage("Noem het doel (doelId).");
                doel.RuleFor(d => d.Resultaat).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Kies het resultaat: behaald, deels of niet.")
                    .EenVan(Resultaten.Keys).WithMessage("Onbekend resultaat; kies behaald, deels of niet.");
            });
            RuleFor(c => c.Doelen).Must(d => d is null || d.Where(x => x.DoelId is not null).GroupBy(x => x.DoelId).All(g => g.Count() == 1))
                .WithMessage("Elk doel krijgt één resultaat; een doel staat hier twee keer.");
            RuleFor(c => c.Scores).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef de nieuwe scores per leefgebied (1 tot en met 5).")
                .Must(s => s!.Where(x => x.Leefgebied is not null).GroupBy(x => x.Leefgebied).All(g => g.Count() == 1))
                .WithMessage("Elk leefgebied krijgt één eindscore; een leefgebied staat hier twee keer.");
            RuleForEach(c => c.Scores).ChildRules(score =>
            {
                score.RuleFor(s => s.Leefgebied).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Noem het leefgebied.")
                    .MustAsync(async (code, ct) => (await mediator.Send(new GeefLeefgebieden(), ct)).Any(l => l.Code == code))
                    .WithMessage("Onbekend leefgebied; zie GET /api/v1/leefgebieden.");
                score.RuleFor(s => s.Score).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Vul de nieuwe score in, 1 tot en met 5.")
                    .InclusiveBetween(1, 5).WithMessage("Een score ligt tussen 1 en 5.");
            });
            RuleFor(c => c.NazorgOp).Must(d => d is null || d > DateOnly.FromDateTime(Budgetpot.Nederlands(clock.GetUtcNow()).DateTime))
                .WithMessage("De nazorgdatum ligt in de toekomst (na vandaag).");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Afgesloten>
    {
        private const string Doelen = "select id as Id, leefgebied as Leefgebied from regie.doel where plan_id = @PlanId";

        private const string StartScores = "select leefgebied from regie.plan_score where plan_id = @PlanId and start_score is not null";

        private const string BewaarDoel = "update regie.doel set resultaat = @Resultaat where id = @DoelId and plan_id = @PlanId";

        private const string BewaarScore = """
            insert into regie.plan_score (plan_id, leefgebied, eind_score) values (@PlanId, @Leefgebied, @Score)
            on conflict (plan_id, leefgebied) do update set eind_score = excluded.eind_score
            """;

        private const string Sluit = "update regie.plan set status = 'afgesloten', afgesloten_op = @Nu, nazorg_op = @NazorgOp where id = @PlanId";

        private const string Veranderingen = """
            select leefgebied as Leefgebied, start_score as Start, eind_score as Eind, verandering as Verandering
            from regie.plan_score where plan_id = @PlanId and eind_score is not null order by leefgebied
            """;

        public async Task<Afgesloten> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (plan, rol) = await PlanOpslag.LaadAsync(session, command.PlanId, wie);
            if (rol != PlanRol.Regisseur)
            {
                throw new GeenToegangException("Alleen de regisseur van het plan sluit het af.");
            }

            plan.SluitAf();
            await PlanOpslag.ZelfdeVersieAsync(session, plan, command.Versie);
            var doelen = (await session.Connection.QueryAsync<DoelRij>(Doelen, new { PlanId = plan.Id }, session.Transaction)).ToDictionary(d => d.Id);
            var start = (await session.Connection.QueryAsync<string>(StartScores, new { PlanId = plan.Id }, session.Transaction)).ToList();
            Controleer(command, doelen, start);

            var nu = clock.GetUtcNow();
            foreach (var doel in command.Doelen!)
            {
                await session.ExecuteAsync(BewaarDoel, new { doel.DoelId, doel.Resultaat, PlanId = plan.Id });
            }

            foreach (var score in command.Scores!)
            {
                await session.ExecuteAsync(BewaarScore, new { PlanId = plan.Id, score.Leefgebied, score.Score });
            }

            await session.ExecuteAsync(Sluit, new { PlanId = plan.Id, Nu = nu, NazorgOp = command.NazorgOp });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "afsluiting", plan.Id, "Plan afgesloten met resultaat");
            var veranderingen = (await session.Connection.QueryAsync<ScoreVerandering>(Veranderingen, new { PlanId = plan.Id }, session.Transaction)).ToList();
            var resultaten = command.Doelen!.Select(d => new DoelResultaat(d.DoelId!.Value, doelen[d.DoelId.Value].Leefgebied, d.Resultaat!)).ToList();
            var leden = await HuishoudenOpslag.LedenAsync(session, plan.HuishoudenId);
            await session.RaiseAsync(new PlanAfgesloten(Guid.CreateVersion7(), nu, plan.Id, plan.HuishoudenId, leden, resultaten, veranderingen, command.NazorgOp));
            return new Afgesloten(plan.Id, nu, command.NazorgOp, resultaten, veranderingen, plan.Versie) { Leden = leden };
        }

        // Every doel of the plan gets a result and every leefgebied with a start score an end score: so the effect is
        // measured on all of it, not on what went well.
        private static void Controleer(Command command, Dictionary<Guid, DoelRij> doelen, List<string> start)
        {
            var fouten = new List<ValidationFailure>();
            var gegeven = command.Doelen!.Select(d => d.DoelId!.Value).ToHashSet();
            if (gegeven.Any(id => !doelen.ContainsKey(id)))
            {
                fouten.Add(new ValidationFailure("doelen", "Een doel hoort niet bij dit plan; vernieuw het plan en probeer het opnieuw."));
            }

            if (doelen.Keys.Any(id => !gegeven.Contains(id)))
            {
                fouten.Add(new ValidationFailure("doelen", $"Geef elk doel van het plan een resultaat: er ontbreken er {doelen.Keys.Count(id => !gegeven.Contains(id))}."));
            }

            var ontbrekend = start.Where(l => command.Scores!.All(s => s.Leefgebied != l)).ToList();
            if (ontbrekend.Count > 0)
            {
                fouten.Add(new ValidationFailure("scores", $"Geef een eindscore voor elk leefgebied met een startscore; er ontbreekt: {string.Join(", ", ontbrekend)}."));
            }

            if (fouten.Count > 0)
            {
                throw new ValidationException(fouten);
            }
        }

        private sealed record DoelRij(Guid Id, string Leefgebied);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/plannen/{id}/afsluiting", async Task<Created<Afgesloten>> (Guid id, Invoer? invoer, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var afgesloten = await mediator.Send(new Command(id, invoer?.Doelen, invoer?.Scores, invoer?.NazorgOp, Versies.UitIfMatch(request)), ct);
                Versies.ZetETag(response, afgesloten.Versie);
                return TypedResults.Created($"/api/v1/plannen/{id}", afgesloten);
            })
            .MetIdempotentie()
            .WithName("sluitPlanAf")
            .WithTags("Regie")
            .WithSummary("Sluit een ondersteuningsplan af met resultaat")
            .WithDescription(
                "Alleen de regisseur van het plan, met If-Match (de ETag van het plan; zonder 428, verouderd 412 met wie wat wijzigde). Elk doel " +
                "van het plan krijgt een resultaat (behaald, deels of niet; een plan zonder doelen geeft een lege lijst), elk leefgebied met een " +
                "startscore een eindscore van 1 tot en met 5; nazorgOp is een datum na vandaag, naar keuze. Het antwoord geeft per leefgebied de " +
                "start, het eind en de verandering. Een afgesloten plan geeft 409; daarna kan het huishouden een nieuw plan krijgen. Meldt PlanAfgesloten.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
