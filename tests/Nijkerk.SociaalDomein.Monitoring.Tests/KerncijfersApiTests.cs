using System.Net;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// The kerncijfers as beleid and an integrator read them, from a cube seeded with SQL under a kern of each test's own:
/// the counts and shares add up, the filters narrow, a small cell and its partner read "&lt; 5" and never the number, bad
/// input is a 400 with a Dutch message per field, a monitoring key reads nothing else, and each table comes as CSV.
/// </summary>
public sealed class KerncijfersApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Maart = "van=2026-03-01&tot=2026-03-31";

    [Fact]
    public async Task Aantallen_en_aandelen_tellen_op_en_een_kleine_cel_en_haar_partner_tonen_kleiner_dan_5()
    {
        var kern = Kern();
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "27-66", aanmeldingen: 20, viaVerwijzer: 20, beantwoord: 8, doorgezet: 10);
        await ZaaiAsync(kern, "2026-03-03", "balie", "inwoner-zelf", "67+", aanmeldingen: 10, beantwoord: 2, afgeschaald: 6);
        await ZaaiAsync(kern, "2026-03-10", "chat", "netwerk", "18-26", aanmeldingen: 3, crisis: 1);
        var api = await MonitoringSleutelAsync();

        var antwoord = await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}&kern={kern}");

        antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        var kerncijfers = await JsonAsync(antwoord);
        kerncijfers.GetProperty("drempel").GetInt32().Should().Be(5);
        kerncijfers.GetProperty("tabellen").EnumerateArray().Select(t => t.GetProperty("code").GetString()).Should().Equal(
            "aanmeldingen-per-kanaal", "aanmeldingen-per-bron", "aanmeldingen-per-week", "uitkomsten", "route", "leefgebieden-laag",
            "combinaties", "uitval", "kastje-muur", "tijd-tot-aanspreekpunt", "plannen", "zelfredzaamheid", "voorzieningen");

        var kanalen = Tabel(kerncijfers, "aanmeldingen-per-kanaal");
        Tekst(kanalen, "telefoon").Should().Be("20");
        Tekst(kanalen, "chat").Should().Be("< 5");
        Tekst(kanalen, "balie").Should().Be("< 5", "the next smallest, or chat's 3 would be 33 - 20 - 10");
        Tekst(kanalen, "e-mail").Should().Be("0");
        kanalen.GetProperty("totaal").GetProperty("waarde").GetDecimal().Should().Be(33);
        Waarde(kanalen, "chat").Should().BeNull();
        Waarde(kanalen, "balie").Should().BeNull();

        var weken = Tabel(kerncijfers, "aanmeldingen-per-week");
        weken.GetProperty("rijen").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should()
            .Equal("2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14");
        Tekst(weken, "2026-W11").Should().Be("< 5");
        Tekst(weken, "2026-W10").Should().Be("< 5", "week 11's 3 and week 10's 30 are the only weeks above 0: the total would give week 11 away");
        Tekst(weken, "2026-W09").Should().Be("0");
        weken.GetProperty("totaal").GetProperty("tekst").GetString().Should().Be("33");

        var uitkomsten = Tabel(kerncijfers, "uitkomsten");
        Tekst(uitkomsten, "beantwoord").Should().Be("30,3%", "10 of the 33 aanmeldingen");
        Tekst(uitkomsten, "via-verwijzer").Should().Be("60,6%");
        Tekst(uitkomsten, "afgeschaald").Should().Be("18,2%");
        Tekst(uitkomsten, "doorgezet").Should().Be("30,3%");
        Tekst(uitkomsten, "crisis").Should().Be("< 5");
        Waarde(uitkomsten, "beantwoord").Should().Be(30.3m);

        var route = Tabel(kerncijfers, "route");
        Tekst(route, "aanmelding").Should().Be("33");
        Tekst(route, "vraagverheldering").Should().Be("10");

        // Nowhere in the answer is the 3 of chat or the 1 crisis.
        (await antwoord.Content.ReadAsStringAsync()).Should().NotContain("\"waarde\":3,").And.NotContain("\"waarde\":1,");
    }

    [Fact]
    public async Task Filters_op_kanaal_bron_en_levensfase_combineren()
    {
        var kern = Kern();
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "27-66", aanmeldingen: 20);
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "netwerk", "27-66", aanmeldingen: 7);
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "67+", aanmeldingen: 11);
        await ZaaiAsync(kern, "2026-04-02", "telefoon", "verwijzer", "27-66", aanmeldingen: 50);
        var api = await MonitoringSleutelAsync();

        async Task<string> TotaalAsync(string filters) =>
            Tabel(await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}&kern={kern}{filters}")), "aanmeldingen-per-kanaal")
                .GetProperty("totaal").GetProperty("tekst").GetString()!;

        (await TotaalAsync("")).Should().Be("38", "april's 50 lies outside the period");
        (await TotaalAsync("&kanaal=telefoon&bron=verwijzer")).Should().Be("31");
        (await TotaalAsync("&kanaal=telefoon&bron=verwijzer&levensfase=27-66")).Should().Be("20");
        (await TotaalAsync("&bron=netwerk")).Should().Be("7");
        (await TotaalAsync("&kanaal=chat")).Should().Be("0");
    }

    [Fact]
    public async Task Een_filter_op_leefgebied_leest_de_rijen_van_dat_leefgebied_en_zegt_welke_tabel_niet_per_leefgebied_telt()
    {
        var kern = Kern();
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "27-66", aanmeldingen: 20, scoreLaag: 9);
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "27-66", facet: "leefgebied", waarde: "financien", scoreLaag: 6,
            scoreVeranderingAantal: 5, scoreVeranderingSom: 6);
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "27-66", facet: "leefgebied", waarde: "wonen", scoreLaag: 3);
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "27-66", facet: "voorziening", waarde: Guid.NewGuid().ToString(), voorzieningVerwezen: 8);
        var api = await MonitoringSleutelAsync();

        var alles = await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}&kern={kern}"));
        var laag = Tabel(alles, "leefgebieden-laag");
        laag.GetProperty("rijen").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("financien", "wonen");
        Tekst(laag, "financien").Should().Be("6");
        Tekst(laag, "wonen").Should().Be("< 5");
        Tekst(Tabel(alles, "zelfredzaamheid"), "financien").Should().Be("+1,20");
        Tabel(alles, "voorzieningen").GetProperty("rijen").EnumerateArray().Single().GetProperty("waarde").GetProperty("tekst").GetString().Should().Be("8");

        var financien = await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}&kern={kern}&leefgebied=financien"));
        Tabel(financien, "leefgebieden-laag").GetProperty("rijen").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("financien");
        var kanalen = Tabel(financien, "aanmeldingen-per-kanaal");
        kanalen.GetProperty("rijen").GetArrayLength().Should().Be(0, "aanmeldingen are not counted per leefgebied");
        kanalen.GetProperty("toelichting").GetString().Should().Contain("leefgebied");
        Tabel(financien, "voorzieningen").GetProperty("toelichting").GetString().Should().StartWith("Niet van toepassing");
        Tabel(financien, "tijd-tot-aanspreekpunt").GetProperty("rijen").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("van=2026-02-28&tot=2026-04-01", 20 + 300 + 40 + 7, "whole March from the months, 28 February and 1 April from the days")]
    [InlineData("van=2026-03-02&tot=2026-03-31", 40 + 7, "no whole month: every day from the days, the 1st of March outside")]
    [InlineData("van=2026-03-01&tot=2026-03-30", 300 + 40, "no whole month, ends a day early")]
    [InlineData("van=2026-02-01&tot=2026-04-30", 5000 + 20 + 300 + 40 + 7 + 6, "February, March and April whole")]
    public async Task Een_periode_telt_hele_maanden_en_losse_dagen_elk_precies_een_keer(string periode, long verwacht, string waarom)
    {
        var kern = Kern();
        foreach (var (dag, aantal) in new[]
                 {
                     ("2026-02-27", 5000L), ("2026-02-28", 20L), ("2026-03-01", 300L), ("2026-03-15", 40L), ("2026-03-31", 7L), ("2026-04-30", 6L),
                 })
        {
            await ZaaiAsync(kern, dag, "telefoon", "inwoner-zelf", "27-66", aanmeldingen: aantal);
        }

        var api = await MonitoringSleutelAsync();
        var kanalen = Tabel(await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{periode}&kern={kern}")), "aanmeldingen-per-kanaal");
        Cel(kanalen, "telefoon").GetProperty("waarde").GetInt64().Should().Be(verwacht, waarom);
        var weken = Tabel(await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{periode}&kern={kern}")), "aanmeldingen-per-week");
        weken.GetProperty("rijen").EnumerateArray().Sum(r => r.GetProperty("waarde").GetProperty("waarde").GetInt64()).Should().Be(verwacht, "the weeks count the same days");
    }

    [Fact]
    public async Task De_maandtabellen_hebben_de_kolommen_van_de_dagtabellen_in_dezelfde_volgorde()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        const string Kolommen = "select string_agg(column_name || ' ' || data_type, ', ' order by ordinal_position) from information_schema.columns where table_schema = 'monitoring' and table_name = @Tabel";
        foreach (var (dag, maand) in new[] { ("dagcijfer", "maandcijfer"), ("dagduur", "maandduur") })
        {
            var dagkolommen = await connection.ExecuteScalarAsync<string>(Kolommen, new { Tabel = dag });
            (await connection.ExecuteScalarAsync<string>(Kolommen, new { Tabel = maand })).Should().Be(dagkolommen!.Replace("dag date", "maand date"),
                "the kerncijfers read both with one union (select *); a measure added to one must be added to the other");
        }
    }

    [Fact]
    public async Task Open_plannen_tellen_over_alle_dagen_tot_het_eind_en_de_doorlooptijd_komt_uit_het_histogram()
    {
        var kern = Kern();
        await ZaaiAsync(kern, "2025-11-02", "telefoon", "verwijzer", "27-66", planGestart: 9);
        await ZaaiAsync(kern, "2026-03-05", "telefoon", "verwijzer", "27-66", planGestart: 5, planAfgesloten: 2, planGeescaleerd: 1, budget: 750m);
        await ZaaiAsync(kern, "2026-04-05", "telefoon", "verwijzer", "27-66", planAfgesloten: 6);
        await using (var connection = new NpgsqlConnection(factory.ConnectionString))
        {
            foreach (var (dag, kanaal, uren, aantal) in new[] { ("2026-03-04", "telefoon", 2, 3L), ("2026-03-05", "telefoon", 10, 2L), ("2026-03-06", "balie", 40, 1L), ("2026-04-06", "balie", 400, 9L) })
            {
                await Kubusrijen.ZaaiDuurAsync(connection, dag, kern, kanaal, "verwijzer", "27-66", "aanspreekpunt", uren, aantal);
            }

            (await Kubusrijen.AfwijkingenAsync(connection)).Should().Be(0, "the seeded cube is as the booking keeps it");
        }

        var api = await MonitoringSleutelAsync();
        var kerncijfers = await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}&kern={kern}"));

        var plannen = Tabel(kerncijfers, "plannen");
        Tekst(plannen, "open").Should().Be("12", "9 + 5 started, 2 closed up to the end of March; April's closings come later");
        Tekst(plannen, "gestart").Should().Be("5");
        Tekst(plannen, "geescaleerd").Should().Be("< 5");
        Tekst(plannen, "budget").Should().Be("< 5", "one escalation's budget is that household's");
        var tijd = Tabel(kerncijfers, "tijd-tot-aanspreekpunt");
        Tekst(tijd, "mediaan").Should().Be("2");
        Tekst(tijd, "p90").Should().Be("40");
        Tekst(tijd, "aantal").Should().Be("6");

        var klein = Tabel(await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}&kern={kern}&kanaal=telefoon")), "tijd-tot-aanspreekpunt");
        Tekst(klein, "mediaan").Should().Be("2");
        var eenPersoon = Tabel(await JsonAsync(await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}&kern={kern}&kanaal=balie")), "tijd-tot-aanspreekpunt");
        Tekst(eenPersoon, "mediaan").Should().Be("< 5", "one duration is one person's");
        Tekst(eenPersoon, "p90").Should().Be("< 5");
    }

    [Theory]
    [InlineData("van=2026-03-31&tot=2026-03-01", "tot", "'tot' ligt voor 'van'.")]
    [InlineData("van=2020-01-01&tot=2026-03-01", "tot", "De periode is te lang: kies ten hoogste 3 jaar.")]
    [InlineData("van=2026-03-01&tot=2026-03-31&leefgebied=financien&team=wmo", "team", "Kies hoogstens één van leefgebied, expertise en team*")]
    [InlineData("van=2026-03-01&tot=2026-03-31&leefgebied=financien&team=wmo", "leefgebied", "Kies hoogstens één*")]
    [InlineData("van=2026-03-01&tot=2026-03-31&levensfase=50-plus", "levensfase", "Onbekende levensfase; kies uit: 0-17, 18-26, 27-66, 67+, onbekend.")]
    [InlineData("van=2026-03-01&tot=2026-03-31&kanaal=duif", "kanaal", "Onbekend kanaal*")]
    [InlineData("van=2026-03-01&tot=2026-03-31&kern=%2A", "kern", "'*' is geen kern; laat kern leeg voor alle kernen.")]
    [InlineData("tot=2026-03-31", "van", "Vul de eerste dag van de periode in (jjjj-mm-dd).")]
    [InlineData("van=2026-03-01", "tot", "Vul de laatste dag van de periode in (jjjj-mm-dd).")]
    [InlineData("van=1-maart&tot=2026-03-31", "van", "*")]
    public async Task Ongeldige_invoer_geeft_400_met_een_Nederlandse_melding_per_veld(string query, string veld, string melding)
    {
        var api = await MonitoringSleutelAsync();

        foreach (var pad in new[] { "/api/v1/monitoring/kerncijfers", "/api/v1/monitoring/kerncijfers/uitkomsten" })
        {
            var antwoord = await api.GetAsync($"{pad}?{query}");

            antwoord.StatusCode.Should().Be(HttpStatusCode.BadRequest, pad);
            antwoord.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var fouten = (await JsonAsync(antwoord)).GetProperty("errors").GetProperty(veld).EnumerateArray().Select(e => e.GetString());
            fouten.Should().ContainMatch(melding);
        }
    }

    [Fact]
    public async Task Een_sleutel_met_alleen_monitoring_lezen_leest_kerncijfers_en_verder_niets()
    {
        var alles = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = await new VraagRoute(alles).InwonerAsync("Mila", "Monitor");
        var api = await MonitoringSleutelAsync();

        (await api.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.GetAsync($"/api/v1/inwoners/{inwoner}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await api.GetAsync("/api/v1/plannen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var zonder = await factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen]);
        (await zonder.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Beleid_leest_de_kerncijfers_aangemeld()
    {
        var beleid = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Bea Beleid", Rollen.Beleid));

        (await beleid.GetAsync($"/api/v1/monitoring/kerncijfers?{Maart}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await beleid.GetAsync($"/api/v1/monitoring/kerncijfers/uitkomsten?{Maart}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Elke_tabel_komt_als_csv_voor_Excel_met_kleiner_dan_5_voor_een_onderdrukte_cel()
    {
        var kern = Kern();
        await ZaaiAsync(kern, "2026-03-02", "telefoon", "verwijzer", "27-66", aanmeldingen: 20, beantwoord: 7);
        await ZaaiAsync(kern, "2026-03-03", "balie", "inwoner-zelf", "67+", aanmeldingen: 10);
        await ZaaiAsync(kern, "2026-03-10", "chat", "netwerk", "18-26", aanmeldingen: 3);
        var api = await MonitoringSleutelAsync();

        var antwoord = await api.GetAsync($"/api/v1/monitoring/kerncijfers/aanmeldingen-per-kanaal?{Maart}&kern={kern}");

        antwoord.StatusCode.Should().Be(HttpStatusCode.OK);
        antwoord.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        antwoord.Content.Headers.ContentDisposition!.FileName.Should().Contain("kerncijfers-aanmeldingen-per-kanaal-2026-03-01-2026-03-31.csv");
        var regels = (await antwoord.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels[0].Should().Be("Code;Omschrijving;Waarde");
        regels.Should().Contain(["telefoon;Telefoon;20", "balie;Balie;< 5", "chat;Chat;< 5", "e-mail;E-mail;0", "totaal;Totaal;33"]);
        regels.Should().NotContain(r => r.EndsWith(";3", StringComparison.Ordinal) || r.EndsWith(";10", StringComparison.Ordinal));

        var uitkomsten = await (await api.GetAsync($"/api/v1/monitoring/kerncijfers/uitkomsten?{Maart}&kern={kern}")).Content.ReadAsStringAsync();
        uitkomsten.Should().Contain("beantwoord;Beantwoord bij het eerste contact, % van de aanmeldingen;21,2%");

        foreach (var tabel in new[] { "aanmeldingen-per-bron", "aanmeldingen-per-week", "route", "leefgebieden-laag", "combinaties", "uitval",
                     "kastje-muur", "tijd-tot-aanspreekpunt", "plannen", "zelfredzaamheid", "voorzieningen" })
        {
            var csv = await api.GetAsync($"/api/v1/monitoring/kerncijfers/{tabel}?{Maart}&kern={kern}");
            csv.StatusCode.Should().Be(HttpStatusCode.OK, tabel);
            (await csv.Content.ReadAsStringAsync()).Should().Contain("Code;Omschrijving;Waarde", tabel);
        }

        var onbekend = await api.GetAsync($"/api/v1/monitoring/kerncijfers/bestaat-niet?{Maart}");
        onbekend.StatusCode.Should().Be(HttpStatusCode.NotFound);
        onbekend.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private static string Kern() => "Kern-" + Guid.NewGuid().ToString("N")[..10];

    private Task<HttpClient> MonitoringSleutelAsync() => factory.ClientMetSleutelAsync([MonitoringRechten.Lezen]);

    private async Task ZaaiAsync(
        string kern, string dag, string kanaal, string bron, string levensfase, string facet = "", string waarde = "",
        long aanmeldingen = 0, long viaVerwijzer = 0, long beantwoord = 0, long afgeschaald = 0, long doorgezet = 0, long crisis = 0,
        long scoreLaag = 0, long scoreVeranderingAantal = 0, long scoreVeranderingSom = 0, long voorzieningVerwezen = 0,
        long planGestart = 0, long planAfgesloten = 0, long planGeescaleerd = 0, decimal budget = 0)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await Kubusrijen.ZaaiAsync(connection, dag, kern, kanaal, bron, levensfase, facet, waarde, new Dictionary<string, object>
        {
            ["aanmeldingen"] = aanmeldingen, ["via_verwijzer"] = viaVerwijzer, ["beantwoord"] = beantwoord, ["afgeschaald"] = afgeschaald,
            ["doorgezet"] = doorgezet, ["crisis"] = crisis, ["score_laag"] = scoreLaag, ["score_verandering_aantal"] = scoreVeranderingAantal,
            ["score_verandering_som"] = scoreVeranderingSom, ["voorziening_verwezen"] = voorzieningVerwezen, ["plan_gestart"] = planGestart,
            ["plan_afgesloten"] = planAfgesloten, ["plan_geescaleerd"] = planGeescaleerd, ["budget"] = budget,
        });
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage antwoord) =>
        JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;

    private static JsonElement Tabel(JsonElement kerncijfers, string code) =>
        kerncijfers.GetProperty("tabellen").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    private static JsonElement Cel(JsonElement tabel, string rij) =>
        tabel.GetProperty("rijen").EnumerateArray().Single(r => r.GetProperty("code").GetString() == rij).GetProperty("waarde");

    private static string Tekst(JsonElement tabel, string rij) => Cel(tabel, rij).GetProperty("tekst").GetString()!;

    private static decimal? Waarde(JsonElement tabel, string rij) =>
        Cel(tabel, rij).TryGetProperty("waarde", out var waarde) && waarde.ValueKind == JsonValueKind.Number ? waarde.GetDecimal() : null;
}
