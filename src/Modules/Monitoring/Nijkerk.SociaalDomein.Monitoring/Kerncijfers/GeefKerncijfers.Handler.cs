using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

internal static partial class GeefKerncijfers
{
    /// <summary>
    /// One round trip of five statements over the per-day cube (never over the events): the filter's rows summed as a
    /// whole, per kanaal, per bron and per ISO week (grouping sets; without a filter on the four dimensions from the
    /// cube without them, with the kanaal and bron from its facet rows); the per-value rows of the leefgebied, combinatie and
    /// voorziening facets; the plans open at the end of the period; and the histogram of hours to an aanspreekpunt.
    /// </summary>
    internal sealed class Handler(ModuleDb<MonitoringModule> db, Onderdrukking onderdrukking, IMediator mediator) : IRequestHandler<Query, Kerncijfers>
    {
        private const string Dimensiefilter = """
            and (@Kern::text is null or kern = @Kern)
            and (@Kanaal::text is null or kanaal = @Kanaal)
            and (@Bron::text is null or bron = @Bron)
            and (@Levensfase::text is null or levensfase = @Levensfase)
            """;

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

        private const string Overig = """
            select facet as Facet, waarde as Waarde, sum(score_laag)::bigint as ScoreLaag, sum(meervoudig)::bigint as Meervoudig,
                   sum(score_verandering_aantal)::bigint as ScoreVeranderingAantal, sum(score_verandering_som)::bigint as ScoreVeranderingSom,
                   sum(voorziening_verwezen)::bigint as VoorzieningVerwezen
            from monitoring.{cijfer}
            where facet = any(@Facetten) and (@FacetWaarde::text is null or waarde = @FacetWaarde) and dag between @Van and @Tot
            {filter}
            group by facet, waarde;

            select coalesce(sum(plan_gestart - plan_afgesloten), 0)::bigint
            from monitoring.{cijfer}
            where @MetOpen and facet = '' and waarde = '' and dag <= @Tot and (plan_gestart <> 0 or plan_afgesloten <> 0)
            {filter};

            select uren as Uren, sum(aantal)::bigint as Aantal
            from monitoring.{duur}
            where @MetDuur and maat = @Maat and dag between @Van and @Tot
            {filter}
            group by uren order by uren;
            """;

        // With a filter on kern, kanaal, bron or levensfase: the cube per combination of the four (dagcijfer).
        private const string MetDimensies = $"""
            select case when grouping(kanaal) = 0 then 'kanaal' when grouping(bron) = 0 then 'bron' when grouping(week) = 0 then 'week' else '' end as Groep,
                   coalesce(kanaal, bron, to_char(week, 'YYYY-MM-DD'), '') as Sleutel,
            {Sommen}
            from (select *, date_trunc('week', dag::timestamp)::date as week from monitoring.dagcijfer
                  where facet = @Facet and waarde = @Waarde and dag between @Van and @Tot
                  {Dimensiefilter}) d
            group by grouping sets ((), (kanaal), (bron), (week));

            select ''::text as Groep, ''::text as Sleutel, 0::bigint as Aanmeldingen where false;
            """;

        // Without them (the dashboard's first view): the same measures per day only (totaalcijfer, ADR 0023), a few rows
        // a day instead of every combination; the aanmeldingen per kanaal and bron are its facet rows.
        private const string ZonderDimensies = $"""
            select case when grouping(week) = 0 then 'week' else '' end as Groep, coalesce(to_char(week, 'YYYY-MM-DD'), '') as Sleutel,
            {Sommen}
            from (select *, date_trunc('week', dag::timestamp)::date as week from monitoring.totaalcijfer
                  where facet = @Facet and waarde = @Waarde and dag between @Van and @Tot) d
            group by grouping sets ((), (week));

            select facet as Groep, waarde as Sleutel, sum(aanmeldingen)::bigint as Aanmeldingen
            from monitoring.totaalcijfer
            where @Facet = '' and facet in ('kanaal', 'bron') and dag between @Van and @Tot
            group by facet, waarde;
            """;

        private static readonly string SqlMetDimensies = MetDimensies + Overig.Replace("{cijfer}", "dagcijfer").Replace("{duur}", "dagduur").Replace("{filter}", Dimensiefilter);

        private static readonly string SqlZonderDimensies = ZonderDimensies + Overig.Replace("{cijfer}", "totaalcijfer").Replace("{duur}", "totaalduur").Replace("{filter}", "");

        public async Task<Kerncijfers> Handle(Query query, CancellationToken cancellationToken)
        {
            var filter = query.Filter;
            var (facet, waarde) = FacetVan(filter);
            var zonderFacet = facet == Facet.Geen;
            string[] facetten = zonderFacet ? [Facet.Leefgebied, Facet.Combinatie, Facet.Voorziening] : facet == Facet.Leefgebied ? [Facet.Leefgebied] : [];

            Cijfers cijfers;
            await using (var connection = await db.OpenAsync(cancellationToken))
            {
                var zonderDimensies = filter is { Kern: null, Kanaal: null, Bron: null, Levensfase: null };
                var sql = zonderDimensies ? SqlZonderDimensies : SqlMetDimensies;
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
                    Facetten = facetten,
                    FacetWaarde = zonderFacet ? null : waarde,
                    MetOpen = zonderFacet,
                    MetDuur = zonderFacet,
                    Maat = Boekhouding.TotAanspreekpunt,
                }, cancellationToken: cancellationToken));
                var groepen = (await results.ReadAsync<Som>()).Concat(await results.ReadAsync<Som>()).ToList();
                var waarden = (await results.ReadAsync<FacetSom>()).ToList();
                var open = await results.ReadSingleAsync<long>();
                var duren = (await results.ReadAsync<(int Uren, long Aantal)>()).ToList();
                cijfers = new Cijfers(
                    groepen.SingleOrDefault(g => g.Groep == "") ?? new Som(),
                    groepen.Where(g => g.Groep == "kanaal").ToDictionary(g => g.Sleutel, g => g.Aanmeldingen),
                    groepen.Where(g => g.Groep == "bron").ToDictionary(g => g.Sleutel, g => g.Aanmeldingen),
                    groepen.Where(g => g.Groep == "week").ToDictionary(g => DateOnly.ParseExact(g.Sleutel, "yyyy-MM-dd"), g => g.Aanmeldingen),
                    waarden,
                    zonderFacet ? Math.Max(open, 0) : null,
                    duren);
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
