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
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten;

/// <summary>
/// The werkvoorraad of overdrachten: the overdue first (verlopen, or past their term), then by the end of the term, so
/// nothing waits longest by accident. Filters: team, status (or <c>open</c>: aangeboden and verlopen) and partner. A
/// vakspecialist or teamleider sees his own teams' only; the loket all.
/// </summary>
internal static class ZoekOverdrachten
{
    public const string Open = "open";

    [Vereist(OverdrachtRechten.Lezen)]
    [Verwerking("Werkvoorraad overdrachten ingezien", OverdrachtDoelen.Overdracht)]
    public sealed record Query(string? Team, string? Status, string? Partner, Paginering Paginering, bool AlleenMijnInwoners = false)
        : IRequest<Resultaten<OverdrachtRegel>>;

    public sealed record OverdrachtRegel(
        Guid Id, Guid AanmeldingId, Guid? InwonerId, string? InwonerNaam, string TeamCode, string TeamNaam, string? PartnerOrganisatie,
        IReadOnlyList<string> Expertises, string Status, bool TermijnVerstreken, DateTimeOffset AangebodenOp, DateTimeOffset VerlooptOp,
        string? Aanspreekpunt, string? AanspreekpuntTelefoon, DateTimeOffset? GeaccepteerdOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    public static IReadOnlyList<string> Statussen => [Open, .. OverdrachtStatus.Namen.Keys];

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).EenVan(Statussen).WithMessage($"Onbekende status; kies uit: {string.Join(", ", Statussen)}.");
            RuleFor(q => q.Team).MaximumLength(64).WithMessage("De teamcode is te lang (ten hoogste 64 tekens); zie GET /api/v1/teams.")
                .Matches("^[a-z][a-z0-9-]*$").WithMessage("Een team is een code van kleine letters, cijfers en streepjes (zoals werk-inkomen).");
            RuleFor(q => q.Partner).MaximumLength(100).WithMessage("De partner is te lang (ten hoogste 100 tekens).");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<OverdrachtModule> db, ActorContext actor, TimeProvider clock)
        : IRequestHandler<Query, Resultaten<OverdrachtRegel>>
    {
        // One fixed condition per filter given; the status is a literal of the validated list.
        private static readonly (Func<Query, bool> Gegeven, string Voorwaarde)[] Voorwaarden =
        [
            (q => q.Status == Open, "o.status in ('aangeboden', 'verlopen')"),
            .. OverdrachtStatus.Namen.Keys.Select(s => ((Func<Query, bool>)(q => q.Status == s), $"o.status = '{s}'")),
            (q => q.Team is not null, "o.team_code = @Team"),
            (q => q.Partner is not null, "o.partner_organisatie = @Partner"),
            (q => q.AlleenMijnInwoners, "o.status = 'geaccepteerd' and o.geaccepteerd_door = @Ik"),
        ];

        private const string Kolommen = """
            select o.id as Id, o.aanmelding_id as AanmeldingId, o.inwoner_id as InwonerId, o.inwoner_naam as InwonerNaam, o.team_code as TeamCode,
                   t.naam as TeamNaam, o.partner_organisatie as PartnerOrganisatie, o.expertises as Expertises, o.status as Status,
                   (o.status = 'verlopen' or (o.status = 'aangeboden' and o.verloopt_op < @Nu)) as TermijnVerstreken,
                   o.aangeboden_op as AangebodenOp, o.verloopt_op as VerlooptOp, o.aanspreekpunt_naam as Aanspreekpunt,
                   o.aanspreekpunt_telefoon as AanspreekpuntTelefoon, o.geaccepteerd_op as GeaccepteerdOp
            """;

        private const string Volgorde = """
            order by (o.status = 'verlopen' or (o.status = 'aangeboden' and o.verloopt_op < @Nu)) desc, o.verloopt_op, o.id
            limit @Limiet offset @Offset
            """;

        private static string Sql(Query query, bool eigenTeams)
        {
            var voorwaarden = Voorwaarden.Where(v => v.Gegeven(query)).Select(v => v.Voorwaarde).ToList();
            if (eigenTeams)
            {
                voorwaarden.Add("o.team_code = any(@Teams)");
            }

            var filter = "from overdracht.overdracht o join overdracht.team t on t.code = o.team_code"
                + (voorwaarden.Count == 0 ? "" : " where " + string.Join(" and ", voorwaarden));
            return $"select count(*) {filter};\n{Kolommen} {filter}\n{Volgorde}";
        }

        public async Task<Resultaten<OverdrachtRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var teams = Zichtbaarheid.TeamsVan(actor.Huidig);
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql(query, teams is not null), new
            {
                query.Team,
                query.Partner,
                Teams = teams,
                Ik = actor.Huidig.Id,
                Nu = clock.GetUtcNow(),
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            return new Resultaten<OverdrachtRegel>(totaal, [.. (await results.ReadAsync<Rij>()).Select(r => r.NaarRegel())]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/overdrachten", async Task<Ok<Pagina<OverdrachtRegel>>> (
                string? team, string? status, string? partner, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request,
                CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(Leeg(team), Leeg(status), Leeg(partner), paginering), ct);
                return TypedResults.Ok(Pagina<OverdrachtRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekOverdrachten")
            .WithTags("Overdracht")
            .WithSummary("Werkvoorraad overdrachten")
            .WithDescription(
                "Overdrachten, de verlopen (of over hun termijn) eerst, dan op het einde van de termijn, gepagineerd, met de naam van de inwoner " +
                $"(nooit een BSN). Filters: team (code uit GET /api/v1/teams), status ({string.Join(", ", Statussen)}; open is aangeboden en " +
                "verlopen) en partner (de organisatie). Een vakspecialist of teamleider ziet alleen de overdrachten van zijn eigen teams, " +
                "een partner alleen die aan zijn organisatie.")
            .ProducesValidationProblem();

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

    private sealed record Rij(
        Guid Id, Guid AanmeldingId, Guid? InwonerId, string? InwonerNaam, string TeamCode, string TeamNaam, string? PartnerOrganisatie,
        string[] Expertises, string Status, bool TermijnVerstreken, DateTimeOffset AangebodenOp, DateTimeOffset VerlooptOp,
        string? Aanspreekpunt, string? AanspreekpuntTelefoon, DateTimeOffset? GeaccepteerdOp)
    {
        public OverdrachtRegel NaarRegel() => new(
            Id, AanmeldingId, InwonerId, InwonerNaam, TeamCode, TeamNaam, PartnerOrganisatie, Expertises, Status, TermijnVerstreken,
            AangebodenOp, VerlooptOp, Aanspreekpunt, AanspreekpuntTelefoon, GeaccepteerdOp);
    }
}
