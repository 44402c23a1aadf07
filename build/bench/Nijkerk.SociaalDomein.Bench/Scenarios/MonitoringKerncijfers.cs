using System.Diagnostics;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>
/// The kerncijfers of a year through the API (GET /api/v1/monitoring/kerncijfers with a key holding monitoring:lezen) on
/// the cube of 2,000,000 aanmeldingen in that year: a city of about 1,000,000 with twelve wijken as kernen, the kanalen,
/// bronnen and levensfasen skewed as a loket sees them, and the outcomes, leefgebieden, teams and durations the handlers
/// would have booked. Generated straight into the cube (the handlers' own cost is the events bench's): what is measured
/// is summing a year of per-day aggregates, unfiltered, per kern, per kern and levensfase, per kanaal, per bron, on three
/// dimensions (full combinations, not marginal rows) and per leefgebied.
/// </summary>
internal static class MonitoringKerncijfers
{
    private const int Aantal = 2_000_000;

    private const string Vragen = """
        create unlogged table bench_vraag as
        select date '2025-12-01' + (i % 365) as dag,
               'wijk-' || (1 + abs(hashtext(i::text || 'k')) % 12) as kern,
               case when r1 < .40 then 'telefoon' when r1 < .60 then 'website-formulier' when r1 < .75 then 'balie' when r1 < .85 then 'e-mail'
                    when r1 < .92 then 'chat' when r1 < .97 then 'spreekuur' else 'huisbezoek' end as kanaal,
               case when r2 < .60 then 'inwoner-zelf' when r2 < .75 then 'netwerk' when r2 < .87 then 'verwijzer' when r2 < .95 then 'voorliggend-veld'
                    else 'vindplaats' end as bron,
               case when r3 < .15 then '0-17' when r3 < .27 then '18-26' when r3 < .77 then '27-66' when r3 < .95 then '67+' else 'onbekend' end as levensfase,
               u, (array['financien', 'werk-opleiding', 'tijdsbesteding', 'huisvesting', 'huiselijke-relaties', 'geestelijke-gezondheid',
                   'lichamelijke-gezondheid', 'middelengebruik', 'basale-adl', 'instrumentele-adl', 'sociaal-netwerk',
                   'maatschappelijke-participatie', 'justitie'])[1 + (i % 13)] as leefgebied,
               (array['jeugd-onderwijs', 'wmo', 'werk-inkomen', 'veiligheid'])[1 + (i / 13) % 4] as team,
               (abs(hashtext(i::text || 'd')) % 600) as uren
        from (select i, random() as r1, random() as r2, random() as r3, random() as u from generate_series(1, @Aantal) i) g;
        """;

    // What the handlers book, per day and combination: every question counted, its outcome by u, the low scores and
    // afschalen per leefgebied, the overdrachten per team, and the hours to an aanspreekpunt. First the full combinations
    // (staged), then with their marginal rows (Marge) into the cube in day order, as the handlers append a day's rows
    // during that day (a hash aggregate's order would scatter a day over the table).
    private const string Kubus = """
        create unlogged table bench_cijfer (like monitoring.dagcijfer including defaults);
        create unlogged table bench_duur (like monitoring.dagduur including defaults);
        insert into bench_cijfer (dag, kern, kanaal, bron, levensfase, facet, waarde, aanmeldingen, via_verwijzer, crisis, beantwoord,
            afgeschaald, doorgezet, vraagverheldering_afgerond, meervoudig, overdracht_aangeboden, overdracht_eerste, overdracht_geaccepteerd,
            binnen_termijn, samenvatting_voldoende, overdracht_teruggelegd, aanspreekpunt, plan_gestart, plan_afgesloten)
        select dag, kern, kanaal, bron, levensfase, '', '', count(*), count(*) filter (where bron = 'verwijzer'), count(*) filter (where u > .99),
               count(*) filter (where u < .35), count(*) filter (where u >= .35 and u < .55), count(*) filter (where u >= .55),
               count(*) filter (where u >= .6), count(*) filter (where u >= .9), count(*) filter (where u >= .65) * 1.2, count(*) filter (where u >= .65),
               count(*) filter (where u >= .7), count(*) filter (where u >= .75), count(*) filter (where u >= .72), count(*) filter (where u >= .95),
               count(*) filter (where u >= .7), count(*) filter (where u >= .92), count(*) filter (where u >= .97)
        from bench_vraag group by dag, kern, kanaal, bron, levensfase;
        insert into bench_cijfer (dag, kern, kanaal, bron, levensfase, facet, waarde, beantwoord, afgeschaald, score_laag)
        select dag, kern, kanaal, bron, levensfase, 'leefgebied', leefgebied, count(*) filter (where u < .35),
               count(*) filter (where u >= .35 and u < .55), count(*) filter (where u >= .6)
        from bench_vraag group by dag, kern, kanaal, bron, levensfase, leefgebied;
        insert into bench_cijfer (dag, kern, kanaal, bron, levensfase, facet, waarde, overdracht_aangeboden, overdracht_geaccepteerd, overdracht_teruggelegd, plan_gestart)
        select dag, kern, kanaal, bron, levensfase, 'team', team, count(*), count(*) filter (where u >= .7), count(*) filter (where u >= .95),
               count(*) filter (where u >= .92)
        from bench_vraag where u >= .65 group by dag, kern, kanaal, bron, levensfase, team;
        insert into bench_duur (dag, kern, kanaal, bron, levensfase, maat, uren, aantal)
        select dag, kern, kanaal, bron, levensfase, 'aanspreekpunt', case when uren < 48 then uren else uren / 24 * 24 end, count(*)
        from bench_vraag where u >= .7 group by 1, 2, 3, 4, 5, 6, 7;
        """;

    // The marginal rows as the booking writes them (each dimension alone and each pair, the others '*'): a dimension not
    // grouped is null in a grouping set, hence '*'.
    private const string Groepen =
        "(dag, facet, waarde, kern), (dag, facet, waarde, kanaal), (dag, facet, waarde, bron), (dag, facet, waarde, levensfase), " +
        "(dag, facet, waarde, kern, kanaal), (dag, facet, waarde, kern, bron), (dag, facet, waarde, kern, levensfase), " +
        "(dag, facet, waarde, kanaal, bron), (dag, facet, waarde, kanaal, levensfase), (dag, facet, waarde, bron, levensfase)";

    private const string Marges = "coalesce(kern, '*'), coalesce(kanaal, '*'), coalesce(bron, '*'), coalesce(levensfase, '*')";

    public static async Task RunAsync(ApiFactory host)
    {
        var vullen = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.ExecuteAsync(Vragen, new { Aantal }, commandTimeout: 1800);
            await connection.ExecuteAsync(Kubus, commandTimeout: 1800);
            var kolommen = string.Join(", ", await connection.QueryAsync<string>(
                """
                select column_name from information_schema.columns
                where table_schema = 'monitoring' and table_name = 'totaalcijfer' and column_name not in ('dag', 'facet', 'waarde') order by ordinal_position
                """));
            var sommen = string.Join(", ", kolommen.Split(", ").Select(k => $"sum({k})"));
            const string Volledig = "kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*'";
            await connection.ExecuteAsync(
                $"insert into monitoring.dagcijfer (dag, kern, kanaal, bron, levensfase, facet, waarde, {kolommen}) " +
                $"select * from (select dag, kern, kanaal, bron, levensfase, facet, waarde, {kolommen} from bench_cijfer union all " +
                $"select dag, {Marges}, facet, waarde, {sommen} from bench_cijfer group by grouping sets ({Groepen})) c order by dag;" +
                "insert into monitoring.dagduur (dag, kern, kanaal, bron, levensfase, maat, uren, aantal) " +
                "select * from (select dag, kern, kanaal, bron, levensfase, maat, uren, aantal from bench_duur union all " +
                $"select dag, {Marges}, facet, waarde, sum(aantal) from (select *, maat as facet, uren as waarde from bench_duur) d " +
                $"group by grouping sets ({Groepen})) c order by dag;" +
                $"insert into monitoring.totaalcijfer (dag, facet, waarde, {kolommen}) select dag, facet, waarde, {sommen} from bench_cijfer group by dag, facet, waarde;" +
                "insert into monitoring.totaalcijfer (dag, facet, waarde, aanmeldingen) select dag, 'kanaal', kanaal, count(*) from bench_vraag group by 1, 3;" +
                "insert into monitoring.totaalcijfer (dag, facet, waarde, aanmeldingen) select dag, 'bron', bron, count(*) from bench_vraag group by 1, 3;" +
                "insert into monitoring.totaalduur (dag, maat, uren, aantal) select dag, maat, uren, sum(aantal) from bench_duur group by 1, 2, 3;" +
                $"insert into monitoring.maandcijfer (maand, kern, kanaal, bron, levensfase, facet, waarde, {kolommen}) " +
                $"select date_trunc('month', dag)::date, kern, kanaal, bron, levensfase, facet, waarde, {sommen} from monitoring.dagcijfer group by 1, 2, 3, 4, 5, 6, 7;" +
                "insert into monitoring.maandduur (maand, kern, kanaal, bron, levensfase, maat, uren, aantal) " +
                "select date_trunc('month', dag)::date, kern, kanaal, bron, levensfase, maat, uren, sum(aantal) from monitoring.dagduur group by 1, 2, 3, 4, 5, 6, 7;" +
                "drop table bench_vraag, bench_cijfer, bench_duur;",
                commandTimeout: 1800);
            foreach (var tabel in new[] { "dagcijfer", "maandcijfer", "totaalcijfer", "dagduur", "maandduur", "totaalduur" })
            {
                await connection.ExecuteAsync($"vacuum (analyze) monitoring.{tabel}", commandTimeout: 900);
            }

            var rijen = await connection.QuerySingleAsync<(long Dag, long DagVolledig, long Maand, long Totaal, long Mb)>(
                $"""
                select (select count(*) from monitoring.dagcijfer), (select count(*) from monitoring.dagcijfer where {Volledig}),
                       (select count(*) from monitoring.maandcijfer), (select count(*) from monitoring.totaalcijfer),
                       (select sum(pg_total_relation_size(c.oid)) / 1048576 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'monitoring' and c.relkind = 'r' and c.relname in ('dagcijfer', 'maandcijfer', 'dagduur', 'maandduur'))
                """);
            Console.WriteLine($"Kubus gevuld voor {Aantal:N0} aanmeldingen in een jaar in {vullen.Elapsed.TotalSeconds:0} s: " +
                $"{rijen.Dag:N0} rijen per dag ({rijen.DagVolledig:N0} volledige combinaties, de rest margerijen), {rijen.Maand:N0} per maand, " +
                $"{rijen.Totaal:N0} per dag zonder de vier dimensies; dag- en maandkubus met indexen {rijen.Mb:N0} MB");
        }

        var client = await host.ClientMetSleutelAsync([MonitoringRechten.Lezen]);
        // A year that does not start on the 1st: eleven whole months, the rest per day.
        const string Jaar = "/api/v1/monitoring/kerncijfers?van=2025-12-15&tot=2026-12-14";
        (await client.GetAsync(Jaar)).EnsureSuccessStatusCode();
        foreach (var (naam, filter) in new[]
        {
            ("zonder filter", ""),
            ("kern", "&kern=wijk-3"),
            ("kern en levensfase", "&kern=wijk-3&levensfase=67%2B"),
            ("kanaal (telefoon, 40%)", "&kanaal=telefoon"),
            ("kanaal en bron (telefoon, inwoner-zelf: 24%)", "&kanaal=telefoon&bron=inwoner-zelf"),
            ("bron (inwoner-zelf, 60%)", "&bron=inwoner-zelf"),
            ("kanaal, bron en levensfase (telefoon, inwoner-zelf, 27-66: 12%)", "&kanaal=telefoon&bron=inwoner-zelf&levensfase=27-66"),
            ("leefgebied", "&leefgebied=financien"),
        })
        {
            Console.WriteLine(await Meting.MeetAsync($"Kerncijfers van een jaar, {naam}", warmup: 10, aantal: 200, async _ =>
                (await client.GetAsync(Jaar + filter)).EnsureSuccessStatusCode()));
        }
    }
}
