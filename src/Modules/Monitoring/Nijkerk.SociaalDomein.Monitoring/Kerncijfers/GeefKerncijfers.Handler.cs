using System.Collections.Concurrent;
using System.Data;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

internal static partial class GeefKerncijfers
{
    /// <summary>
    /// One round trip of five statements over the aggregates (never over the events): the filter's rows summed as a whole,
    /// per kanaal, per bron and per ISO week; the per-value rows of the leefgebied, combinatie and voorziening facets; the
    /// plans open at the end of the period; and the histogram of hours to an aanspreekpunt. Without a filter on the four
    /// dimensions they come from the cube without them (totaalcijfer, its kanaal and bron facet rows); with one, from whole
    /// months (maandcijfer) and the days around them (dagcijfer), see <see cref="HeleMaanden"/>.
    /// </summary>
    internal sealed class Handler(ModuleDb<MonitoringModule> db, Onderdrukking onderdrukking, IMediator mediator) : IRequestHandler<Query, Kerncijfers>
    {
        // Only what the filter names, written out: the rows of the dimensions given (Marge: with one or two, the marginal
        // rows that name those and '*' in the others; with three or four, the full combinations), and the facet rows
        // wanted (constants, the value a parameter). One statement text per combination (at most sixteen dimension filters
        // times three facet conditions), so the plan PostgreSQL keeps for a prepared statement (Npgsql prepares it; after
        // five runs a generic plan may serve) reads the right index ranges. "(@Kern is null or kern = @Kern)" and
        // "facet = any(@Facetten) and (@FacetWaarde is null or waarde = @FacetWaarde)" made the generic plan read every
        // row of the year (ADR 0023).
        private static Rol[] Rollen(KerncijferFilter filter) =>
            [RolVan(filter.Kern), RolVan(filter.Kanaal), RolVan(filter.Bron), RolVan(filter.Levensfase)];

        private static Rol RolVan(string? waarde) => waarde is null ? Rol.Alle : Rol.Gegeven;

        /// <summary>The filter's rows, and those per kanaal and per bron (the dimension grouped by unless the filter names it).</summary>
        private static (string Filter, string PerKanaal, string PerBron) Dimensiefilters(Rol[] rollen) =>
            rollen.All(r => r == Rol.Alle)
                ? ("", "", "")
                : (Marge.Voorwaarde(rollen), Marge.Voorwaarde(Per(rollen, 1)), Marge.Voorwaarde(Per(rollen, 2)));

        private static Rol[] Per(Rol[] rollen, int dimensie) =>
            [.. rollen.Select((r, i) => i == dimensie && r == Rol.Alle ? Rol.Per : r)];

        /// <summary>The facet rows a filter wants: all three without a facet filter, the one leefgebied with it, none else.</summary>
        private static string Facetvoorwaarde(string facet) => facet switch
        {
            Facet.Geen => $"facet in ('{Facet.Leefgebied}', '{Facet.Combinatie}', '{Facet.Voorziening}')",
            Facet.Leefgebied => $"facet = '{Facet.Leefgebied}' and waarde = @Waarde",
            _ => "false",
        };

        private static readonly ConcurrentDictionary<(string Dimensies, string Facetten), string> SqlPerFilter = new();

        private static string Sql((string Dimensies, string Facetten) sleutel, Rol[] rollen) =>
            rollen.All(r => r == Rol.Alle) ? SqlZonderDimensies(sleutel.Facetten) : SqlMetDimensies(Dimensiefilters(rollen), sleutel.Facetten);

        private const string Sommen = """
                   sum(aanmeldingen)::bigint as Aanmeldingen, sum(via_verwijzer)::bigint as ViaVerwijzer, sum(crisis)::bigint as Crisis,
                   sum(beantwoord)::bigint as Beantwoord, sum(afgeschaald)::bigint as Afgeschaald, sum(doorgezet)::bigint as Doorgezet,
                   sum(gerouteerd)::bigint as Gerouteerd, sum(vraagverheldering_afgerond)::bigint as VraagverhelderingAfgerond,
                   sum(vraagverheldering_ingetrokken)::bigint as VraagverhelderingIngetrokken,
                   sum(vraagverheldering_niet_bereikt)::bigint as VraagverhelderingNietBereikt,
                   sum(overdracht_aangeboden)::bigint as OverdrachtAangeboden, sum(overdracht_eerste)::bigint as OverdrachtEerste,
                   sum(overdracht_geaccepteerd)::bigint as OverdrachtGeaccepteerd, sum(binnen_termijn)::bigint as BinnenTermijn,
                   sum(samenvatting_voldoende)::bigint as SamenvattingVoldoende, sum(overdracht_teruggelegd)::bigint as OverdrachtTeruggelegd,
                   sum(overdracht_verlopen)::bigint as OverdrachtVerlopen, sum(plan_gestart)::bigint as PlanGestart,
                   sum(plan_geescaleerd)::bigint as PlanGeescaleerd, sum(plan_afgesloten)::bigint as PlanAfgesloten,
                   coalesce(sum(budget), 0) as Budget
            """;

        private const string Facetwaarden = """
            select facet as Facet, waarde as Waarde, sum(score_laag)::bigint as ScoreLaag, sum(meervoudig)::bigint as Meervoudig,
                   sum(score_verandering_aantal)::bigint as ScoreVeranderingAantal, sum(score_verandering_som)::bigint as ScoreVeranderingSom,
                   sum(voorziening_verwezen)::bigint as VoorzieningVerwezen
            """;

        // With a filter on kern, kanaal, bron or levensfase: the cube's marginal or full rows (see Dimensiefilter), whole
        // months from maandcijfer and the days around them from dagcijfer (ADR 0023); the weeks from dagcijfer's days
        // (under three or four dimensions from its partial indexes on full rows alone).
        private static string SqlMetDimensies((string Filter, string PerKanaal, string PerBron) dimensies, string facetvoorwaarde) => $"""
            select '' as Groep, '' as Sleutel,
            {Sommen}
            from ({MaandenEnDagen("cijfer", "facet = @Facet and waarde = @Waarde", dimensies.Filter)}) d;

            select 'kanaal' as Groep, kanaal as Sleutel, sum(aanmeldingen)::bigint as Aanmeldingen
            from ({MaandenEnDagen("cijfer", "facet = @Facet and waarde = @Waarde", dimensies.PerKanaal)}) d
            group by kanaal;

            select 'bron' as Groep, bron as Sleutel, sum(aanmeldingen)::bigint as Aanmeldingen
            from ({MaandenEnDagen("cijfer", "facet = @Facet and waarde = @Waarde", dimensies.PerBron)}) d
            group by bron;

            select 'week' as Groep, to_char(date_trunc('week', dag::timestamp), 'YYYY-MM-DD') as Sleutel, sum(aanmeldingen)::bigint as Aanmeldingen
            from monitoring.dagcijfer
            where facet = '' and waarde = '' and @Facet = '' and dag between @Van and @Tot
            {dimensies.Filter}
            group by 2;

            {Facetwaarden}
            from ({MaandenEnDagen("cijfer", facetvoorwaarde, dimensies.Filter)}) d
            group by facet, waarde;

            select coalesce(sum(plan_gestart - plan_afgesloten), 0)::bigint
            from (select plan_gestart, plan_afgesloten from monitoring.maandcijfer
                  where @MetOpen and facet = '' and waarde = '' and maand < @OpenTot and (plan_gestart <> 0 or plan_afgesloten <> 0)
                  {dimensies.Filter}
                  union all
                  select plan_gestart, plan_afgesloten from monitoring.dagcijfer
                  where @MetOpen and facet = '' and waarde = '' and dag >= @OpenTot and dag <= @Tot and (plan_gestart <> 0 or plan_afgesloten <> 0)
                  {dimensies.Filter}) p;

            select uren as Uren, sum(aantal)::bigint as Aantal
            from ({MaandenEnDagen("duur", "@MetDuur and maat = @Maat", dimensies.Filter)}) d
            group by uren order by uren;
            """;

        // Without them (the dashboard's first view): the same measures per day only (totaalcijfer, ADR 0023), a few rows
        // a day instead of every combination; the aanmeldingen per kanaal and bron are its facet rows.
        private static string SqlZonderDimensies(string facetvoorwaarde) => $"""
            select case when grouping(week) = 0 then 'week' else '' end as Groep, coalesce(to_char(week, 'YYYY-MM-DD'), '') as Sleutel,
            {Sommen}
            from (select *, date_trunc('week', dag::timestamp)::date as week from monitoring.totaalcijfer
                  where facet = @Facet and waarde = @Waarde and dag between @Van and @Tot) d
            group by grouping sets ((), (week));

            select facet as Groep, waarde as Sleutel, sum(aanmeldingen)::bigint as Aanmeldingen
            from monitoring.totaalcijfer
            where @Facet = '' and facet in ('kanaal', 'bron') and dag between @Van and @Tot
            group by facet, waarde;

            {Facetwaarden}
            from monitoring.totaalcijfer
            where {facetvoorwaarde} and dag between @Van and @Tot
            group by facet, waarde;

            select coalesce(sum(plan_gestart - plan_afgesloten), 0)::bigint
            from monitoring.totaalcijfer
            where @MetOpen and facet = '' and waarde = '' and dag <= @Tot and (plan_gestart <> 0 or plan_afgesloten <> 0);

            select uren as Uren, sum(aantal)::bigint as Aantal
            from monitoring.totaalduur
            where @MetDuur and maat = @Maat and dag between @Van and @Tot
            group by uren order by uren;
            """;

        /// <summary>
        /// The rows of a period under the dimension filter: whole months from the month table (maandcijfer, maandduur), the
        /// days before the first and after the last whole month from the day table. The month tables have the day tables'
        /// columns in the same order (migration 0007 made them alike; a test holds them so), hence <c>select *</c>.
        /// </summary>
        private static string MaandenEnDagen(string tabel, string voorwaarde, string dimensiefilter) => $"""
            select * from monitoring.maand{tabel} where {voorwaarde} and maand >= @MaandenVan and maand < @MaandenTot
            {dimensiefilter}
            union all
            select * from monitoring.dag{tabel} where {voorwaarde} and dag >= @Van and dag < @MaandenVan
            {dimensiefilter}
            union all
            select * from monitoring.dag{tabel} where {voorwaarde} and dag >= @MaandenTot and dag <= @Tot
            {dimensiefilter}
            """;

        public async Task<Kerncijfers> Handle(Query query, CancellationToken cancellationToken)
        {
            var filter = query.Filter;
            var (facet, waarde) = FacetVan(filter);
            Cijfers cijfers;
            await using (var connection = await db.OpenAsync(cancellationToken))
            {
                cijfers = await LeesAsync(connection, filter, cancellationToken);
            }

            var leefgebieden = Heeft(cijfers, Facet.Leefgebied)
                ? (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam)
                : new Dictionary<string, string>();
            var voorzieningIds = Top(cijfers.Waarden, Facet.Voorziening, f => f.VoorzieningVerwezen)
                .Select(f => Guid.TryParse(f.Waarde, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            var voorzieningen = voorzieningIds.Count > 0
                ? await mediator.Send(new GeefVoorzieningNamen(voorzieningIds), cancellationToken)
                : new Dictionary<Guid, string>();

            var tabellen = new KerncijferTabellen(filter, facet, waarde, onderdrukking, leefgebieden, voorzieningen).Bouw(cijfers);
            return new Kerncijfers(filter, onderdrukking.Drempel, tabellen);

            static bool Heeft(Cijfers c, string facet) => c.Waarden.Any(w => w.Facet == facet);
        }

        /// <summary>The sums of the cube for a filter, before anything is suppressed.</summary>
        internal static async Task<Cijfers> LeesAsync(NpgsqlConnection connection, KerncijferFilter filter, CancellationToken cancellationToken)
        {
            var (facet, waarde) = FacetVan(filter);
            var zonderFacet = facet == Facet.Geen;
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            // One snapshot for the five statements, so the totals and the facet rows agree while events are booked.
            // No parallel workers: each is a new process, which on every request pays for first touching the pages
            // of the cube that this pooled backend already has mapped (measured: 1.1 s instead of 0.1 s, ADR 0023).
            await connection.ExecuteAsync("select set_config('max_parallel_workers_per_gather', '0', true)", transaction: transaction);
            var rollen = Rollen(filter);
            var sql = SqlPerFilter.GetOrAdd((string.Concat(rollen.Select(r => r == Rol.Gegeven ? '1' : '0')), Facetvoorwaarde(facet)), Sql, rollen);
            var maanden = HeleMaanden.Van(filter.Van, filter.Tot);
            await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new
            {
                Facet = facet,
                Waarde = waarde,
                filter.Van,
                filter.Tot,
                filter.Kern,
                filter.Kanaal,
                filter.Bron,
                filter.Levensfase,
                MetOpen = zonderFacet,
                MetDuur = zonderFacet,
                Maat = Boekhouding.TotAanspreekpunt,
                maanden.MaandenVan,
                maanden.MaandenTot,
                maanden.OpenTot,
            }, transaction, cancellationToken: cancellationToken));
            // Without the four dimensions two sets of sums (the total and the weeks; per kanaal and bron), with them four
            // (the total; per kanaal; per bron; the weeks).
            var groepen = new List<Som>();
            foreach (var _ in Enumerable.Range(0, rollen.All(r => r == Rol.Alle) ? 2 : 4))
            {
                groepen.AddRange(await results.ReadAsync<Som>());
            }

            var waarden = (await results.ReadAsync<FacetSom>()).ToList();
            var open = await results.ReadSingleAsync<long>();
            var duren = (await results.ReadAsync<(int Uren, long Aantal)>()).ToList();
            return new Cijfers(
                groepen.SingleOrDefault(g => g.Groep == "") ?? new Som(),
                groepen.Where(g => g.Groep == "kanaal").ToDictionary(g => g.Sleutel, g => g.Aanmeldingen),
                groepen.Where(g => g.Groep == "bron").ToDictionary(g => g.Sleutel, g => g.Aanmeldingen),
                groepen.Where(g => g.Groep == "week").ToDictionary(g => DateOnly.ParseExact(g.Sleutel, "yyyy-MM-dd"), g => g.Aanmeldingen),
                waarden,
                zonderFacet ? Math.Max(open, 0) : null,
                duren);
        }

        /// <summary>The ten values of a facet with the most of a measure, most first.</summary>
        public static IEnumerable<FacetSom> Top(IEnumerable<FacetSom> waarden, string facet, Func<FacetSom, long> maat) =>
            waarden.Where(w => w.Facet == facet && maat(w) > 0).OrderByDescending(maat).ThenBy(w => w.Waarde, StringComparer.Ordinal).Take(10);
    }

    /// <summary>The sums of the cube for a filter, before anything is suppressed.</summary>
    internal sealed record Cijfers(
        Som Totaal,
        IReadOnlyDictionary<string, long> PerKanaal,
        IReadOnlyDictionary<string, long> PerBron,
        IReadOnlyDictionary<DateOnly, long> PerWeek,
        IReadOnlyList<FacetSom> Waarden,
        long? Open,
        IReadOnlyList<(int Uren, long Aantal)> Duren);

    internal sealed class Som
    {
        public string Groep { get; init; } = "";
        public string Sleutel { get; init; } = "";
        public long Aanmeldingen { get; init; }
        public long ViaVerwijzer { get; init; }
        public long Crisis { get; init; }
        public long Beantwoord { get; init; }
        public long Afgeschaald { get; init; }
        public long Doorgezet { get; init; }
        public long Gerouteerd { get; init; }
        public long VraagverhelderingAfgerond { get; init; }
        public long VraagverhelderingIngetrokken { get; init; }
        public long VraagverhelderingNietBereikt { get; init; }
        public long OverdrachtAangeboden { get; init; }
        public long OverdrachtEerste { get; init; }
        public long OverdrachtGeaccepteerd { get; init; }
        public long BinnenTermijn { get; init; }
        public long SamenvattingVoldoende { get; init; }
        public long OverdrachtTeruggelegd { get; init; }
        public long OverdrachtVerlopen { get; init; }
        public long PlanGestart { get; init; }
        public long PlanGeescaleerd { get; init; }
        public long PlanAfgesloten { get; init; }
        public decimal Budget { get; init; }
    }

    internal sealed class FacetSom
    {
        public string Facet { get; init; } = "";
        public string Waarde { get; init; } = "";
        public long ScoreLaag { get; init; }
        public long Meervoudig { get; init; }
        public long ScoreVeranderingAantal { get; init; }
        public long ScoreVeranderingSom { get; init; }
        public long VoorzieningVerwezen { get; init; }
    }
}
