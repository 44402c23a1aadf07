using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The warm overdracht through the API: a vraagverheldering afgerond for inkomen and Wmo 2015 offers two overdrachten;
/// Wmo's vakspecialist accepts and is the inwoner's aanspreekpunt, Werk &amp; Inkomen lays back with a reason and the
/// aanmelding is back at the loket with a kastje-muur count, and a vakspecialist never sees another team's.
/// </summary>
public sealed class OverdrachtApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private async Task<(Guid Inwoner, Guid Aanmelding, List<JsonElement> Overdrachten)> AfgerondAsync(string achternaam, params string[] expertises)
    {
        var route = new VraagRoute(Client);
        var inwoner = await route.InwonerAsync("Sanne", achternaam);
        var (aanmelding, vraagverheldering) = await route.DoorgezetMetAanmeldingAsync(inwoner, "Ik kom niet rond en kan het huishouden niet meer aan");
        var afronding = await route.RondAfMetOverdrachtAsync(vraagverheldering, expertises);
        afronding.StatusCode.Should().Be(HttpStatusCode.Created, await afronding.Content.ReadAsStringAsync());

        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lijst = await Client.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100");
            var van = lijst.GetProperty("resultaten").EnumerateArray().Where(o => o.GetProperty("aanmeldingId").GetGuid() == aanmelding).ToList();
            if (van.Count > 0)
            {
                return (inwoner, aanmelding, van);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De afgeronde vraagverheldering bood geen overdracht aan.");
    }

    private async Task<HttpClient> VakspecialistAsync(string naam, string team) =>
        await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(naam, Rollen.Vakspecialist, team));

    private static Guid VanTeam(List<JsonElement> overdrachten, string team) =>
        overdrachten.Single(o => o.GetProperty("teamCode").GetString() == team).GetProperty("id").GetGuid();

    [Fact]
    public async Task Inkomen_en_wmo_worden_twee_overdrachten_wmo_accepteert_en_werk_en_inkomen_legt_terug()
    {
        var (inwoner, aanmelding, overdrachten) = await AfgerondAsync("Wmo-Inkomen", "inkomen", "wmo-2015");
        overdrachten.Select(o => o.GetProperty("teamCode").GetString()).Should().BeEquivalentTo(["werk-inkomen", "wmo"]);
        overdrachten.Should().AllSatisfy(o => o.GetProperty("status").GetString().Should().Be("aangeboden"));
        var wmo = VanTeam(overdrachten, "wmo");
        var werk = VanTeam(overdrachten, "werk-inkomen");

        var wilma = await VakspecialistAsync("Wilma Wmo", "wmo");
        var werkvoorraad = await wilma.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?status=open");
        werkvoorraad.GetProperty("resultaten").EnumerateArray().Select(o => o.GetProperty("teamCode").GetString()).Should().OnlyContain(t => t == "wmo");
        var gelezen = await wilma.GetAsync($"/api/v1/overdrachten/{wmo}");
        gelezen.StatusCode.Should().Be(HttpStatusCode.OK);
        var detail = await JsonAsync(gelezen);
        detail.GetProperty("samenvatting").GetString().Should().NotBeNullOrWhiteSpace();
        detail.GetProperty("hulpvragen").EnumerateArray().Select(h => h.GetProperty("omschrijving").GetString()).Should().Equal("Hulp bij wmo-2015");
        detail.GetProperty("contact").GetProperty("naam").GetString().Should().Be("Sanne Wmo-Inkomen");
        detail.GetProperty("contact").GetProperty("adres").GetString().Should().NotBeNullOrEmpty();

        var acceptatie = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/overdrachten/{wmo}/acceptatie")
        {
            Content = JsonContent.Create(new { telefoon = "033 247 12 34", samenvattingVoldoende = true }),
        };
        acceptatie.Headers.TryAddWithoutValidation("If-Match", gelezen.Headers.ETag!.Tag);
        var geaccepteerd = await wilma.SendAsync(acceptatie);
        geaccepteerd.StatusCode.Should().Be(HttpStatusCode.Created, await geaccepteerd.Content.ReadAsStringAsync());
        (await JsonAsync(geaccepteerd)).GetProperty("aanspreekpunt").GetString().Should().Be("Wilma Wmo");

        var overzicht = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{inwoner}/overzicht");
        overzicht.GetProperty("overdrachten").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == wmo)
            .Should().Match<JsonElement>(o => o.GetProperty("vakspecialist").GetString() == "Wilma Wmo"
                && o.GetProperty("vakspecialistTelefoon").GetString() == "033 247 12 34" && o.GetProperty("status").GetString() == "geaccepteerd");
        overzicht.GetProperty("aanspreekpunt").GetProperty("naam").GetString().Should().Be("Wilma Wmo");
        overzicht.GetProperty("aanspreekpunt").GetProperty("telefoon").GetString().Should().Be("033 247 12 34");
        // A new question of the inwoner now goes to her aanspreekpunt instead of starting anew.
        var nieuw = await Client.PostAsJsonAsync("/api/v1/aanmeldingen",
            new { kanaal = "telefoon", bron = "inwoner-zelf", vraag = "Mijn traplift is kapot", inwonerId = inwoner, urgentie = "normaal" });
        var nieuweAanmelding = (await JsonAsync(nieuw)).GetProperty("id").GetGuid();
        (await Client.PostAsync($"/api/v1/aanmeldingen/{nieuweAanmelding}/routering", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await wilma.GetStringAsync("/aanmeldingen/aan-mij-gerouteerd")).Should().Contain("Mijn traplift is kapot");
        var naAcceptatie = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/overdrachten/{wmo}");
        naAcceptatie.GetProperty("status").GetString().Should().Be("geaccepteerd");
        naAcceptatie.GetProperty("aanspreekpunt").GetProperty("naam").GetString().Should().Be("Wilma Wmo");
        naAcceptatie.GetProperty("aanspreekpunt").GetProperty("telefoon").GetString().Should().Be("033 247 12 34");
        naAcceptatie.GetProperty("aanspreekpunt").GetProperty("samenvattingVoldoende").GetBoolean().Should().BeTrue();

        var wim = await VakspecialistAsync("Wim Werk", "werk-inkomen");
        var teruggelegd = await wim.PostAsJsonAsync($"/api/v1/overdrachten/{werk}/teruglegging",
            new { reden = "al-in-behandeling", toelichting = "Mevrouw heeft al bijstand via de Plangroep." });
        teruggelegd.StatusCode.Should().Be(HttpStatusCode.Created, await teruggelegd.Content.ReadAsStringAsync());
        var naTeruglegging = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/overdrachten/{werk}");
        naTeruglegging.GetProperty("status").GetString().Should().Be("teruggelegd");
        naTeruglegging.GetProperty("teruglegging").GetProperty("reden").GetString().Should().Be("al-in-behandeling");
        naTeruglegging.GetProperty("teruglegging").GetProperty("toelichting").GetString().Should().Contain("Plangroep");
        naTeruglegging.GetProperty("stappen").EnumerateArray().Select(s => s.GetProperty("soort").GetString()).Should().Equal("aangeboden", "teruggelegd");

        // Back at the loket, through the events: in its werkvoorraad with the reason, and a kastje-muur count of one laid back.
        var regel = await TerugBijHetLoketAsync(aanmelding);
        regel.GetProperty("overdrachten").GetProperty("aantalOverdrachten").GetInt32().Should().Be(2);
        regel.GetProperty("overdrachten").GetProperty("aantalTeruggelegd").GetInt32().Should().Be(1);
        var terug = regel.GetProperty("overdrachten").GetProperty("teruggelegd").EnumerateArray().Should().ContainSingle().Subject;
        terug.GetProperty("overdrachtId").GetGuid().Should().Be(werk);
        terug.GetProperty("toelichting").GetString().Should().Contain("Plangroep");
    }

    private async Task<JsonElement> TerugBijHetLoketAsync(Guid aanmelding)
    {
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lijst = await Client.GetFromJsonAsync<JsonElement>("/api/v1/aanmeldingen?overdracht=teruggelegd&paginaGrootte=100");
            var regel = lijst.GetProperty("resultaten").EnumerateArray().FirstOrDefault(r => r.GetProperty("id").GetGuid() == aanmelding);
            if (regel.ValueKind == JsonValueKind.Object)
            {
                return regel;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De teruggelegde aanmelding kwam niet terug in de werkvoorraad van het loket.");
    }

    [Fact]
    public async Task Een_wmo_vakspecialist_krijgt_404_voor_een_overdracht_aan_jeugd()
    {
        var (_, _, overdrachten) = await AfgerondAsync("Jeugdvraag", "jeugd");
        var jeugd = VanTeam(overdrachten, "jeugd-onderwijs");
        var wilma = await VakspecialistAsync("Wilma Wmo", "wmo");

        (await wilma.GetAsync($"/api/v1/overdrachten/{jeugd}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{jeugd}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = true }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        var lijst = await wilma.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100");
        lijst.GetProperty("resultaten").EnumerateArray().Should().NotContain(o => o.GetProperty("id").GetGuid() == jeugd);
        (await Client.GetFromJsonAsync<JsonElement>($"/api/v1/overdrachten/{jeugd}")).GetProperty("status").GetString().Should().Be("aangeboden");
    }

    [Fact]
    public async Task Onjuiste_invoer_geeft_400_met_nederlandse_meldingen_en_verandert_niets()
    {
        var (_, _, overdrachten) = await AfgerondAsync("Foutje", "wmo-oud");
        var id = VanTeam(overdrachten, "wmo");
        var wilma = await VakspecialistAsync("Wilma Wmo", "wmo");

        var acceptatie = await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{id}/acceptatie", new { telefoon = "bel me" });
        var teruglegging = await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{id}/teruglegging", new { reden = "geen-zin" });
        var filter = await wilma.GetAsync("/api/v1/overdrachten?status=zoek");

        foreach (var antwoord in new[] { acceptatie, teruglegging, filter })
        {
            antwoord.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            antwoord.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }

        var fouten = (await JsonAsync(acceptatie)).GetProperty("errors");
        fouten.GetProperty("telefoon")[0].GetString().Should().Contain("telefoonnummer");
        fouten.GetProperty("samenvattingVoldoende")[0].GetString().Should().Contain("samenvatting voldoende");
        (await JsonAsync(teruglegging)).GetProperty("errors").GetProperty("reden")[0].GetString().Should().Contain("Onbekende reden");
        (await JsonAsync(filter)).GetProperty("errors").GetProperty("status")[0].GetString().Should().Contain("Onbekende status");
        var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/overdrachten/{id}");
        detail.GetProperty("status").GetString().Should().Be("aangeboden");
        detail.GetProperty("stappen").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Een_verouderde_if_match_geeft_412_en_een_tweede_acceptatie_409()
    {
        var (_, _, overdrachten) = await AfgerondAsync("Tweemaal", "gehandicaptenparkeerkaart");
        var id = VanTeam(overdrachten, "wmo");
        var wilma = await VakspecialistAsync("Wilma Wmo", "wmo");

        var verouderd = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/overdrachten/{id}/acceptatie")
        {
            Content = JsonContent.Create(new { telefoon = "033 247 12 34", samenvattingVoldoende = false }),
        };
        verouderd.Headers.TryAddWithoutValidation("If-Match", "\"9\"");
        (await wilma.SendAsync(verouderd)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{id}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = false }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var tweede = await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{id}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = true });
        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(tweede)).GetProperty("detail").GetString().Should().Contain("geaccepteerd");
    }
}
