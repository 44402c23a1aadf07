using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// Issue 14's acceptance through the real route: aanmeldingen answered at once, handed on to vraagverheldering and on to
/// two teams, one of which lays the overdracht back; then the kerncijfers as beleid reads them. The counts and shares are
/// what was done, the kastje-muur index counts the laid-back overdrachten, and narrowing the filters to one person's
/// aanmelding shows "&lt; 5", never a 1. Its own database (class fixture), so every count is this test's.
/// </summary>
public sealed class KerncijfersRouteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Kern = "Nijkerkerveen";

    [Fact]
    public async Task De_kerncijfers_tellen_wat_er_gebeurde_en_een_enkele_inwoner_blijft_onder_de_drempel()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(loket);
        var wim = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wim Werk", Rollen.Vakspecialist, "werk-inkomen"));
        var wilma = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wilma Wmo", Rollen.Vakspecialist, "wmo"));

        // Five answered at the loket, at once.
        for (var i = 0; i < 5; i++)
        {
            var inwoner = await route.InwonerAsync("Anna", $"Direct{i}", kern: Kern);
            var aanmelding = await AanmeldingAsync(loket, inwoner, "telefoon");
            var afhandeling = await loket.PostAsJsonAsync($"/api/v1/aanmeldingen/{aanmelding}/afhandeling", new
            {
                advies = "Uitgelegd hoe de toeslag werkt.", leefgebieden = new[] { "financien" }, voorzieningIds = Array.Empty<Guid>(),
            });
            afhandeling.StatusCode.Should().Be(HttpStatusCode.Created, await afhandeling.Content.ReadAsStringAsync());
        }

        // Five handed on, each to Werk & Inkomen and Wmo: Werk & Inkomen lays its overdracht back, Wmo accepts.
        for (var i = 0; i < 5; i++)
        {
            var inwoner = await route.InwonerAsync("Bram", $"Verder{i}", kern: Kern);
            var (aanmelding, vraagverheldering) = await route.DoorgezetMetAanmeldingAsync(inwoner, "Ik kom niet rond en red het thuis niet");
            var afronding = await route.RondAfMetOverdrachtAsync(vraagverheldering, "inkomen", "wmo-2015");
            afronding.StatusCode.Should().Be(HttpStatusCode.Created, await afronding.Content.ReadAsStringAsync());
            var overdrachten = await OverdrachtenAsync(loket, aanmelding);
            (await wim.PostAsJsonAsync($"/api/v1/overdrachten/{overdrachten["werk-inkomen"]}/teruglegging", new { reden = "al-in-behandeling", toelichting = "Loopt al." }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
            (await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{overdrachten["wmo"]}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = true }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
        }

        // And one person who came by huisbezoek: the only one of his kind.
        var enkele = await route.InwonerAsync("Cor", "Enkeling", kern: Kern);
        await AanmeldingAsync(loket, enkele, "huisbezoek");

        var beleid = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Bert Beleid", Rollen.Beleid));
        var vandaag = NederlandseDag.Vandaag(TimeProvider.System).ToString("yyyy-MM-dd");
        var adres = $"/api/v1/monitoring/kerncijfers?van={vandaag}&tot={vandaag}&kern={Kern}";
        var kerncijfers = await TotAsync(beleid, adres, k => Waarde(k, "kastje-muur", "geaccepteerd") == 5 && Waarde(k, "kastje-muur", "teruggelegd") == 5
            && Tekst(k, "aanmeldingen-per-kanaal", "huisbezoek") == "< 5");

        // The one huisbezoek is hidden, and so is one of the two fives (secondary suppression), or the total (11) would
        // give the one away.
        Tekst(kerncijfers, "aanmeldingen-per-kanaal", "huisbezoek").Should().Be("< 5", "one person is never shown as a number");
        new[] { Tekst(kerncijfers, "aanmeldingen-per-kanaal", "telefoon"), Tekst(kerncijfers, "aanmeldingen-per-kanaal", "balie") }
            .Should().BeEquivalentTo(["5", "< 5"], "VraagRoute registers at the balie, five each");
        Tabel(kerncijfers, "aanmeldingen-per-kanaal").GetProperty("totaal").GetProperty("tekst").GetString().Should().Be("11");
        Tekst(kerncijfers, "uitkomsten", "beantwoord").Should().Be("45,5%", "5 of the 11 aanmeldingen");
        Tekst(kerncijfers, "uitkomsten", "doorgezet").Should().Be("45,5%");
        Tekst(kerncijfers, "route", "vraagverheldering").Should().Be("5");
        Tekst(kerncijfers, "route", "overdracht").Should().Be("5", "the route counts questions: five went on to a team");
        Tekst(kerncijfers, "kastje-muur", "overdrachten").Should().Be("10");
        Tekst(kerncijfers, "kastje-muur", "overgedragen-aanmeldingen").Should().Be("5");
        Tekst(kerncijfers, "kastje-muur", "per-aanmelding").Should().StartWith("2");
        Tekst(kerncijfers, "kastje-muur", "teruggelegd").Should().Be("5", "every laid-back overdracht counts in the kastje-muur index");
        Tekst(kerncijfers, "kastje-muur", "teruggelegd-aandeel").Should().Be("50,0%");
        Tekst(kerncijfers, "kastje-muur", "binnen-termijn").Should().Be("100,0%");
        Tekst(kerncijfers, "kastje-muur", "samenvatting-voldoende").Should().Be("100,0%");

        // Narrowing to the one aanmelding by huisbezoek shows "< 5" everywhere, and the answer holds no 1.
        var smal = await beleid.GetAsync($"{adres}&kanaal=huisbezoek");
        smal.StatusCode.Should().Be(HttpStatusCode.OK);
        var smalJson = JsonDocument.Parse(await smal.Content.ReadAsStringAsync()).RootElement;
        Tabel(smalJson, "aanmeldingen-per-kanaal").GetProperty("totaal").GetProperty("tekst").GetString().Should().Be("< 5");
        Tekst(smalJson, "aanmeldingen-per-kanaal", "huisbezoek").Should().Be("< 5");
        Tabel(smalJson, "aanmeldingen-per-week").GetProperty("totaal").GetProperty("tekst").GetString().Should().Be("< 5");
        (await smal.Content.ReadAsStringAsync()).Should().NotContain("\"waarde\":1,").And.NotContain("\"waarde\":1}");
    }

    private static async Task<Guid> AanmeldingAsync(HttpClient loket, Guid inwoner, string kanaal)
    {
        var antwoord = await loket.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal, bron = "inwoner-zelf", vraag = "Ik heb een vraag over mijn toeslag.", inwonerId = inwoner, urgentie = "normaal" });
        antwoord.StatusCode.Should().Be(HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Dictionary<string, Guid>> OverdrachtenAsync(HttpClient loket, Guid aanmelding)
    {
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lijst = await loket.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100");
            var van = lijst.GetProperty("resultaten").EnumerateArray().Where(o => o.GetProperty("aanmeldingId").GetGuid() == aanmelding).ToList();
            if (van.Count == 2)
            {
                return van.ToDictionary(o => o.GetProperty("teamCode").GetString()!, o => o.GetProperty("id").GetGuid());
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De afgeronde vraagverheldering bood de overdrachten niet aan.");
    }

    /// <summary>The kerncijfers once the events have been counted (the handlers run after the commands).</summary>
    private static async Task<JsonElement> TotAsync(HttpClient beleid, string adres, Func<JsonElement, bool> klaar)
    {
        var klok = Stopwatch.StartNew();
        JsonElement laatste;
        do
        {
            var antwoord = await beleid.GetAsync(adres);
            antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
            laatste = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;
            if (klaar(laatste))
            {
                return laatste;
            }

            await Task.Delay(200);
        }
        while (klok.Elapsed < TimeSpan.FromSeconds(60));

        return laatste;
    }

    private static JsonElement Tabel(JsonElement kerncijfers, string code) =>
        kerncijfers.GetProperty("tabellen").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    private static JsonElement Cel(JsonElement kerncijfers, string tabel, string rij) =>
        Tabel(kerncijfers, tabel).GetProperty("rijen").EnumerateArray().Single(r => r.GetProperty("code").GetString() == rij).GetProperty("waarde");

    private static string Tekst(JsonElement kerncijfers, string tabel, string rij) => Cel(kerncijfers, tabel, rij).GetProperty("tekst").GetString()!;

    private static decimal? Waarde(JsonElement kerncijfers, string tabel, string rij) =>
        Cel(kerncijfers, tabel, rij).TryGetProperty("waarde", out var waarde) && waarde.ValueKind == JsonValueKind.Number ? waarde.GetDecimal() : null;
}
