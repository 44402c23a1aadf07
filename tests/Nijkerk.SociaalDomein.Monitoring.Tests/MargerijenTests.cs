using Dapper;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// A filter on one or two of kern, kanaal, bron and levensfase reads the cube's marginal rows (migration 0008), three or
/// four the full combinations. Whichever it reads, the sums are those of the full combinations per day under the filter,
/// counted here with one plain query over the day table (no months, no marginal rows): a cube of random counts over a
/// year, on a database of this class's own, and every kind of filter over periods that split into whole months and days.
/// </summary>
public sealed class MargerijenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Kernen = ["Nijkerk", "Hoevelaken", "Nijkerkerveen"];
    private static readonly string[] Kanalen = ["telefoon", "balie", "chat", "e-mail"];
    private static readonly string[] Bronnen = ["inwoner-zelf", "netwerk", "verwijzer"];
    private static readonly string[] Levensfasen = ["0-17", "27-66", "67+"];
    private static readonly string[] Leefgebieden = ["financien", "huisvesting", "sociaal-netwerk"];

    private static readonly string[] Maten =
    [
        "aanmeldingen", "via_verwijzer", "crisis", "beantwoord", "afgeschaald", "doorgezet", "gerouteerd", "vraagverheldering_afgerond",
        "vraagverheldering_ingetrokken", "vraagverheldering_niet_bereikt", "overdracht_aangeboden", "overdracht_eerste",
        "overdracht_geaccepteerd", "binnen_termijn", "samenvatting_voldoende", "overdracht_teruggelegd", "overdracht_verlopen",
        "plan_gestart", "plan_geescaleerd", "plan_afgesloten", "budget",
    ];

    private static readonly string[] Facetmaten = ["score_laag", "meervoudig", "score_verandering_aantal", "score_verandering_som", "voorziening_verwezen"];

    public static TheoryData<string, string?, string?, string?, string?, string?> Filters => new()
    {
        { "2027-01-20/2027-11-10", "Hoevelaken", null, null, null, null },
        { "2027-01-20/2027-11-10", null, "telefoon", null, null, null },
        { "2027-01-20/2027-11-10", null, null, "inwoner-zelf", null, null },
        { "2027-01-20/2027-11-10", null, null, null, "67+", null },
        { "2027-03-01/2027-03-31", "Nijkerk", "balie", null, null, null },
        { "2027-01-20/2027-11-10", null, "telefoon", "inwoner-zelf", null, null },
        { "2027-05-03/2027-05-20", "Hoevelaken", null, null, "27-66", null },
        { "2027-01-20/2027-11-10", null, null, "netwerk", "0-17", null },
        { "2027-01-20/2027-11-10", null, "chat", null, "27-66", null },
        { "2027-01-20/2027-11-10", "Nijkerk", null, "verwijzer", null, null },
        { "2027-01-20/2027-11-10", null, "telefoon", "inwoner-zelf", "27-66", null },
        { "2027-02-14/2027-12-31", "Nijkerkerveen", "telefoon", null, "67+", null },
        { "2027-01-20/2027-11-10", "Nijkerk", "telefoon", "netwerk", "27-66", null },
        { "2027-01-20/2027-11-10", null, "telefoon", null, null, "financien" },
        { "2027-01-20/2027-11-10", "Hoevelaken", null, "netwerk", null, "huisvesting" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Een_filter_op_een_tot_vier_dimensies_geeft_de_sommen_van_de_volledige_combinaties(
        string periode, string? kern, string? kanaal, string? bron, string? levensfase, string? leefgebied)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await ZaaiEenmaalAsync(connection);
        var (van, tot) = (DateOnly.Parse(periode[..10]), DateOnly.Parse(periode[11..]));
        var filter = new KerncijferFilter(van, tot, kern, kanaal, bron, levensfase, leefgebied);

        var cijfers = await GeefKerncijfers.Handler.LeesAsync(connection, filter, CancellationToken.None);

        var p = new { Van = van, Tot = tot, Kern = kern, Kanaal = kanaal, Bron = bron, Levensfase = levensfase, Facet = leefgebied is null ? "" : "leefgebied", Waarde = leefgebied ?? "" };
        const string Waar = $"""
            {Kubusrijen.Volledig} and (@Kern::text is null or kern = @Kern) and (@Kanaal::text is null or kanaal = @Kanaal)
            and (@Bron::text is null or bron = @Bron) and (@Levensfase::text is null or levensfase = @Levensfase)
            """;
        var totaal = await connection.QuerySingleAsync(
            $"select {string.Join(", ", Maten.Select(m => $"coalesce(sum({m}), 0) as {m}"))} from monitoring.dagcijfer " +
            $"where facet = @Facet and waarde = @Waarde and dag between @Van and @Tot and {Waar}", p);
        var verwacht = ((IDictionary<string, object>)totaal).ToDictionary(k => k.Key, k => Convert.ToDecimal(k.Value));
        if (leefgebied is null)
        {
            verwacht["aanmeldingen"].Should().BeGreaterThan(0, "the filter selects some of the cube");
        }

        var gelezen = Maten.ToDictionary(m => m, m => Convert.ToDecimal(typeof(GeefKerncijfers.Som)
            .GetProperty(string.Concat(m.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])))!.GetValue(cijfers.Totaal)));
        gelezen.Should().Equal(verwacht);

        async Task<Dictionary<string, long>> PerAsync(string kolom, string sql) =>
            (await connection.QueryAsync<(string, long)>(sql.Replace("{kolom}", kolom), p)).ToDictionary(r => r.Item1, r => r.Item2);
        var perGroep = $"select {{kolom}}, sum(aanmeldingen)::bigint from monitoring.dagcijfer where facet = @Facet and waarde = @Waarde and dag between @Van and @Tot and {Waar} group by 1";
        cijfers.PerKanaal.Should().Equal(await PerAsync("kanaal", perGroep));
        cijfers.PerBron.Should().Equal(await PerAsync("bron", perGroep));
        if (leefgebied is null)
        {
            var weken = await connection.QueryAsync<(DateTime, long)>(
                $"select date_trunc('week', dag::timestamp), sum(aanmeldingen)::bigint from monitoring.dagcijfer where facet = '' and dag between @Van and @Tot and {Waar} group by 1", p);
            cijfers.PerWeek.Should().Equal(weken.ToDictionary(w => DateOnly.FromDateTime(w.Item1), w => w.Item2));

            var open = await connection.ExecuteScalarAsync<long>(
                $"select coalesce(sum(plan_gestart - plan_afgesloten), 0)::bigint from monitoring.dagcijfer where facet = '' and dag <= @Tot and {Waar}", p);
            cijfers.Open.Should().Be(Math.Max(open, 0));

            var duren = await connection.QueryAsync<(int, long)>(
                $"select uren, sum(aantal)::bigint from monitoring.dagduur where maat = 'aanspreekpunt' and dag between @Van and @Tot and {Waar} group by uren order by uren", p);
            cijfers.Duren.Should().Equal(duren);
            cijfers.Duren.Should().NotBeEmpty();
        }

        var facetten = leefgebied is null ? "facet in ('leefgebied', 'combinatie', 'voorziening')" : "facet = 'leefgebied' and waarde = @Waarde";
        var waarden = await connection.QueryAsync(
            $"select facet, waarde, {string.Join(", ", Facetmaten.Select(m => $"sum({m})::bigint as {m}"))} from monitoring.dagcijfer " +
            $"where {facetten} and dag between @Van and @Tot and {Waar} group by facet, waarde", p);
        waarden.Should().NotBeEmpty();
        cijfers.Waarden.Select(w => (w.Facet, w.Waarde, w.ScoreLaag, w.Meervoudig, w.ScoreVeranderingAantal, w.ScoreVeranderingSom, w.VoorzieningVerwezen))
            .Should().BeEquivalentTo(waarden.Select(w => ((string)w.facet, (string)w.waarde, (long)w.score_laag, (long)w.meervoudig,
                (long)w.score_verandering_aantal, (long)w.score_verandering_som, (long)w.voorziening_verwezen)));
    }

    private static readonly SemaphoreSlim Zaaien = new(1, 1);
    private static readonly HashSet<string> Gezaaid = [];

    /// <summary>A year of random counts (fixed seed) in this class's database, once: full combinations and their marginal rows.</summary>
    private async Task ZaaiEenmaalAsync(NpgsqlConnection connection)
    {
        await connection.OpenAsync();
        await Zaaien.WaitAsync();
        try
        {
            if (!Gezaaid.Add(factory.ConnectionString))
            {
                return;
            }

            var random = new Random(14);
            string Een(string[] keuzes) => keuzes[random.Next(keuzes.Length)];
            string Dag() => new DateOnly(2027, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd");
            for (var i = 0; i < 1_500; i++)
            {
                var maten = Maten.ToDictionary(m => m, m => (object)(m == "budget" ? random.Next(0, 500) * 1.25m : random.Next(0, 12)));
                await Kubusrijen.ZaaiAsync(connection, Dag(), Een(Kernen), Een(Kanalen), Een(Bronnen), Een(Levensfasen), "", "", maten);
            }

            for (var i = 0; i < 1_200; i++)
            {
                var facet = Een(["leefgebied", "leefgebied", "combinatie", "voorziening"]);
                var waarde = facet switch { "leefgebied" => Een(Leefgebieden), "combinatie" => "wmo+werk-inkomen", _ => Een(["a", "b"]) };
                var maten = Facetmaten.ToDictionary(m => m, m => (object)(long)random.Next(0, 9));
                await Kubusrijen.ZaaiAsync(connection, Dag(), Een(Kernen), Een(Kanalen), Een(Bronnen), Een(Levensfasen), facet, waarde, maten);
            }

            for (var i = 0; i < 1_500; i++)
            {
                await Kubusrijen.ZaaiDuurAsync(connection, Dag(), Een(Kernen), Een(Kanalen), Een(Bronnen), Een(Levensfasen), "aanspreekpunt",
                    random.Next(0, 40), random.Next(1, 4));
            }

            (await Kubusrijen.AfwijkingenAsync(connection)).Should().Be(0);
        }
        finally
        {
            Zaaien.Release();
        }
    }
}
