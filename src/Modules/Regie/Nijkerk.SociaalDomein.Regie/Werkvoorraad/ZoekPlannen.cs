using System.Text.Json.Serialization;
using Dapper;
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
using Nijkerk.SociaalDomein.Regie.Inrichting;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Werkvoorraad;

/// <summary>
/// The list of ondersteuningsplannen: the regisseur's werkvoorraad, and where the ijsbreker finds the stalled ones. Per
/// plan its household, regisseur, start, how many open acties are past their deadline, whether it is vastgelopen and
/// why, and the nazorg date. Vastgelopen is computed when asked, from the clock and the setting (<see cref="Vastlopen"/>).
/// <para>
/// Who sees which, as <see cref="PlanToegang"/> has it for one plan, narrowed to what a list is for: a member of staff
/// the plans he is regisseur of and those his team takes part in (plan.teams; a regisseur without a filter gets his own);
/// the ijsbreker the plans escalated to an ijsbreker (his part in a plan, PlanToegang: a stalled plan reaches him by its
/// escalation, not by him searching every household's plan); a partner the plans
/// an actie names his organisation on. The loket and an integrator key without a team list none: they see that a plan
/// runs, and its regisseur, through the inwoner's overzicht. The teamleider (beleid) sees no person: 403.
/// </para>
/// </summary>
internal static class ZoekPlannen
{
    public const string Ik = "ik";

    public static IReadOnlyList<string> Statussen => [.. PlanStatus.Namen.Keys];

    public static IReadOnlyList<string> JaNee => ["true", "false"];

    [Vereist(RegieRechten.PlannenLezen)]
    [Verwerking("Ondersteuningsplannen in de werkvoorraad ingezien", RegieDoelen.Regie)]
    public sealed record Query(string? Regisseur, string? Status, string? Vastgelopen, Paginering Paginering) : IRequest<Resultaten<PlanRegel>>
    {
        /// <summary>Closed plans whose nazorg is due on or before this day (the regisseur's werkvoorraad page only).</summary>
        public DateOnly? NazorgUiterlijk { get; init; }
    }

    /// <summary>
    /// One plan in the list. <c>redenen</c> says why it is vastgelopen: <c>actie-over-termijn</c> (an open actie more than the set
    /// days past its deadline) and/or <c>stilstand</c> (no activity for more than the set days). The members are named to the audit
    /// log only.
    /// </summary>
    public sealed record PlanRegel(
        Guid Id, Guid HuishoudenId, string RegisseurId, string Regisseur, string Status, DateTimeOffset GestartOp,
        DateTimeOffset LaatsteActiviteitOp, int ActiesOverTermijn, bool Vastgelopen, IReadOnlyList<string> Redenen, DateOnly? NazorgOp,
        DateTimeOffset? AfgeslotenOp, IReadOnlyList<string> Teams) : IBetreftPersonen
    {
        [JsonIgnore]
        public IReadOnlyList<Guid> Leden { get; init; } = [];

        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l);
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(ActorContext actor, IMediator mediator)
        {
            RuleFor(q => q.Status).EenVan(Statussen).WithMessage($"Onbekende status; kies uit: {string.Join(", ", Statussen)}.");
            RuleFor(q => q.Vastgelopen).EenVan(JaNee).WithMessage("Vastgelopen is true of false.");
            RuleFor(q => q.Regisseur).Cascade(CascadeMode.Stop)
                .MaximumLength(64).WithMessage("De regisseur is te lang (ten hoogste 64 tekens): geef 'ik' of de id van een regisseur.")
                .Must(r => r != Ik || actor.Huidig.Soort == ActorSoort.Medewerker)
                .WithMessage("'ik' is de aangemelde medewerker; een koppeling geeft de id van een regisseur.")
                .MustAsync(async (r, ct) => r is null or Ik || (await mediator.Send(new GeefMedewerkersMetRol(Rollen.Regisseur), ct)).Any(m => m.Id == r))
                .WithMessage("Onbekende regisseur; geef 'ik' of de id van een actieve regisseur.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<RegieModule> db, ActorContext actor, TimeProvider clock) : IRequestHandler<Query, Resultaten<PlanRegel>>
    {
        private const string OpenActie = "a.plan_id = p.id and a.status in ('open', 'bezig')";

        // Whether a plan has an open actie past the grens, two ways to the same answer: per plan through actie_plan where the
        // list is one regisseur's (some tens of plans), and as one hashed set from the partial index on open acties by
        // deadline where the list may be long (a team's plans, the escalated ones), so no plan is probed one by one.
        private const string ActieVastPerPlan = $"exists (select 1 from regie.actie a where {OpenActie} and a.deadline < @ActieGrens)";

        private const string ActieVastAlsSet =
            "p.id in (select a.plan_id from regie.actie a where a.status in ('open', 'bezig') and a.deadline < @ActieGrens)";

        private const string Stil = "p.laatste_activiteit_op < @StilstandGrens";

        private static string Vast(string actieVast) => $"(p.status = 'lopend' and ({actieVast} or {Stil}))";

        private static string Sql(Query query, IReadOnlyList<string> voorwaarden, bool weinig)
        {
            var actieVast = weinig ? ActieVastPerPlan : ActieVastAlsSet;
            var alle = voorwaarden.ToList();
            if (query.Vastgelopen == "true")
            {
                alle.Add(Vast(actieVast));
            }
            else if (query.Vastgelopen == "false")
            {
                alle.Add($"not {Vast(actieVast)}");
            }

            var filter = "from regie.plan p where " + string.Join(" and ", alle);
            var kolommen = $"""
                select p.id as Id, p.huishouden_id as HuishoudenId, p.regisseur_id as RegisseurId, p.regisseur_naam as Regisseur, p.status as Status,
                       p.gestart_op as GestartOp, p.laatste_activiteit_op as LaatsteActiviteitOp, p.nazorg_op as NazorgOp, p.afgesloten_op as AfgeslotenOp,
                       p.teams as Teams,
                       (select count(*)::int from regie.actie a where {OpenActie} and a.deadline < @Vandaag) as ActiesOverTermijn,
                       (p.status = 'lopend' and {ActieVastPerPlan}) as ActieVast,
                       (p.status = 'lopend' and {Stil}) as Stil,
                       array(select l.inwoner_id from regie.huishouden_lid l where l.huishouden_id = p.huishouden_id and l.tot is null) as Leden
                """;
            // The stalled first, then the nazorg that is due, then the longest without activity.
            var volgorde = $"order by {Vast(actieVast)} desc, p.nazorg_op nulls last, p.laatste_activiteit_op, p.id limit @Limiet offset @Offset";
            return $"select count(*)::int {filter};\n{kolommen} {filter}\n{volgorde}";
        }

        // One fixed condition per filter given; the status is a literal of the validated list.
        private static readonly (Func<Query, bool> Gegeven, string Voorwaarde)[] Voorwaarden =
        [
            .. PlanStatus.Namen.Keys.Select(s => ((Func<Query, bool>)(q => q.Status == s), $"p.status = '{s}'")),
            (q => q.NazorgUiterlijk is not null, "p.status = 'afgesloten' and p.nazorg_op <= @NazorgUiterlijk"),
        ];

        public async Task<Resultaten<PlanRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var voorwaarden = Voorwaarden.Where(v => v.Gegeven(query)).Select(v => v.Voorwaarde).ToList();
            voorwaarden.Add(Zichtbaar(wie));
            var regisseur = query.Regisseur ?? (wie.Soort == ActorSoort.Medewerker && wie.Mag(RegieRechten.PlannenBeheren) ? Ik : null);
            if (regisseur is not null)
            {
                voorwaarden.Add("p.regisseur_id = @Regisseur");
            }

            var vandaag = NederlandseDag.Vandaag(clock);
            await using var connection = await db.OpenAsync(cancellationToken);
            var vastlopen = await Vastlopen.LaadAsync(connection);
            await using var rijen = await connection.QueryMultipleAsync(Sql(query, voorwaarden, weinig: regisseur is not null), new
            {
                Regisseur = regisseur == Ik ? wie.Id : regisseur,
                Ik = wie.Id,
                Teams = (wie.Teams ?? []).ToArray(),
                wie.Organisatie,
                Vandaag = vandaag,
                ActieGrens = vastlopen.ActieGrens(vandaag),
                StilstandGrens = vastlopen.StilstandGrens(vandaag),
                query.NazorgUiterlijk,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await rijen.ReadSingleAsync<int>();
            return new Resultaten<PlanRegel>(totaal, [.. (await rijen.ReadAsync<Rij>()).Select(r => r.NaarRegel())]);
        }

        /// <summary>The plans this actor has a part in, for a list (see the class summary).</summary>
        private static string Zichtbaar(Actor wie) => wie switch
        {
            { Soort: ActorSoort.Systeem } => "true",
            _ when wie.Mag(RegieRechten.EscalatiesBehandelen) => "exists (select 1 from regie.escalatie e where e.plan_id = p.id)",
            { Organisatie: not null } => "exists (select 1 from regie.actie a where a.plan_id = p.id and a.organisatie = @Organisatie)",
            { Soort: ActorSoort.Medewerker } => "(p.regisseur_id = @Ik or p.teams && @Teams)",
            _ => "false",
        };
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/plannen", async Task<Ok<Pagina<PlanRegel>>> (
                string? regisseur, string? status, string? vastgelopen, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request,
                CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(Leeg(regisseur), Leeg(status), Leeg(vastgelopen), paginering), ct);
                return TypedResults.Ok(Pagina<PlanRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekPlannen")
            .WithTags("Regie")
            .WithSummary("Ondersteuningsplannen (werkvoorraad regisseur)")
            .WithDescription(
                "Ondersteuningsplannen, de vastgelopen eerst, gepagineerd; per plan het huishouden, de regisseur, de start, het aantal open " +
                "acties over hun deadline, of het plan is vastgelopen en waarom (redenen: actie-over-termijn, stilstand) en de nazorgdatum. " +
                "Vastgelopen: een open actie meer dan N dagen over haar deadline, of meer dan M dagen geen activiteit (N en M stelt de " +
                "functioneel beheerder in). Filters: regisseur ('ik' of de id van een regisseur; een regisseur krijgt zonder filter zijn eigen " +
                $"plannen), status ({string.Join(", ", Statussen)}) en vastgelopen (true, false). Een medewerker ziet de plannen waarvan hij " +
                "regisseur is en die waarin zijn team deelneemt, de ijsbreker de geëscaleerde plannen; de teamleider ziet geen personen (403).")
            .ProducesValidationProblem();

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

    // Properties, not a constructor: Dapper matches a constructor by exact column types, and has none for uuid[].
    private sealed class Rij
    {
        public Guid Id { get; init; }

        public Guid HuishoudenId { get; init; }

        public string RegisseurId { get; init; } = "";

        public string Regisseur { get; init; } = "";

        public string Status { get; init; } = "";

        public DateTimeOffset GestartOp { get; init; }

        public DateTimeOffset LaatsteActiviteitOp { get; init; }

        public DateOnly? NazorgOp { get; init; }

        public DateTimeOffset? AfgeslotenOp { get; init; }

        public string[] Teams { get; init; } = [];

        public int ActiesOverTermijn { get; init; }

        public bool ActieVast { get; init; }

        public bool Stil { get; init; }

        public Guid[] Leden { get; init; } = [];

        public PlanRegel NaarRegel()
        {
            IReadOnlyList<string> redenen = [.. (ActieVast ? [Vastlopen.ActieOverTermijn] : Array.Empty<string>()), .. (Stil ? [Vastlopen.Stilstand] : Array.Empty<string>())];
            return new PlanRegel(
                Id, HuishoudenId, RegisseurId, Regisseur, Status, GestartOp, LaatsteActiviteitOp, ActiesOverTermijn, redenen.Count > 0, redenen,
                NazorgOp, AfgeslotenOp, Teams) { Leden = Leden };
        }
    }
}
