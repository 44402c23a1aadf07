using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// A stalled plan goes to the ijsbreker on duty; he decides and spends at once from the pot ("vertrouwen vooraf,
/// verantwoording achteraf"); over the balance a second ijsbreker approves; the teamleider sees the balance, no person.
/// </summary>
public sealed class EscalatieApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static string Uniek(string naam) => $"{naam} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<(HttpClient Client, string Naam)> IjsbrekerAsync(string naam)
    {
        var volledig = Uniek(naam);
        return (await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(volledig, Rollen.Ijsbreker, "veiligheid")), volledig);
    }

    private async Task<(HttpClient Client, RegieRoute Route, string Naam)> RegisseurAsync()
    {
        var naam = Uniek("Regisseur");
        var regisseur = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(naam, Rollen.Regisseur));
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        return (regisseur, new RegieRoute(Client, teamleider), naam);
    }

    private async Task PlanDienstAsync(string ijsbrekerNaam, DateTimeOffset van, DateTimeOffset tot)
    {
        var beheerder = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Bea Beheer", Rollen.FunctioneelBeheerder));
        var rooster = await beheerder.GetFromJsonAsync<JsonElement>("/api/v1/ijsbrekersrooster");
        var id = rooster.GetProperty("ijsbrekers").EnumerateArray().Single(i => i.GetProperty("naam").GetString() == ijsbrekerNaam).GetProperty("id").GetString();
        var gepland = await beheerder.PostAsJsonAsync("/api/v1/ijsbrekersrooster", new { ijsbrekerId = id, van, tot });
        gepland.StatusCode.Should().Be(HttpStatusCode.Created, await gepland.Content.ReadAsStringAsync());
    }

    private static async Task<decimal> SaldoAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/ijsbrekersbudget")).GetProperty("saldo").GetDecimal();

    [Fact]
    public async Task Een_escalatie_landt_bij_de_ijsbreker_van_dienst_die_meteen_besteedt_en_boven_het_saldo_keurt_een_tweede_ijsbreker_goed()
    {
        var (regisseur, route, regisseurNaam) = await RegisseurAsync();
        var (ijsbreker, ijsbrekerNaam) = await IjsbrekerAsync("IJsbreker Ivo");
        var (tweede, _) = await IjsbrekerAsync("IJsbreker Ilse");
        await PlanDienstAsync(ijsbrekerNaam, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(8));
        var (_, plan, _) = await route.PlanAsync("Escalatie", regisseurNaam);

        var geescaleerd = await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Al zes weken geen beweging in de schuldhulp." });
        geescaleerd.StatusCode.Should().Be(HttpStatusCode.Created, await geescaleerd.Content.ReadAsStringAsync());
        var escalatie = await JsonAsync(geescaleerd);
        var id = escalatie.GetProperty("escalatieId").GetGuid();
        escalatie.GetProperty("ijsbrekers").EnumerateArray().Select(i => i.GetString()).Should().Contain(ijsbrekerNaam).And.NotContain(n => n!.Contains("Ilse"));
        escalatie.GetProperty("niemandVanDienst").GetBoolean().Should().BeFalse();

        var nogmaals = await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "anders", reden = "Nog eens." });
        nogmaals.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(nogmaals)).GetProperty("escalatieId").GetGuid().Should().Be(id, "the 409 names the open escalation");

        var lijst = await ijsbreker.GetFromJsonAsync<JsonElement>("/api/v1/escalaties?paginaGrootte=100");
        var mijn = lijst.GetProperty("resultaten").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        mijn.GetProperty("aanMij").GetBoolean().Should().BeTrue();
        mijn.GetProperty("regisseur").GetString().Should().Be(regisseurNaam);

        var saldo = await SaldoAsync(ijsbreker);
        var besteed = await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{id}/uitgaven",
            new { bedrag = 750m, doel = "Achterstallige huur betaald", reden = "Anders volgt de ontruiming volgende week." });
        besteed.StatusCode.Should().Be(HttpStatusCode.Created, await besteed.Content.ReadAsStringAsync());
        var uitgave = (await JsonAsync(besteed)).GetProperty("id").GetGuid();
        (await SaldoAsync(ijsbreker)).Should().Be(saldo - 750m);
        saldo -= 750m;

        var teVeel = saldo + 100m;
        var geweigerd = await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{id}/uitgaven", new { bedrag = teVeel, doel = "Woning ingericht", reden = "Spoed." });
        geweigerd.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await geweigerd.Content.ReadAsStringAsync()).Should().Contain("saldo").And.Contain("tweede ijsbreker");
        (await SaldoAsync(ijsbreker)).Should().Be(saldo, "a refused uitgave changes nothing");

        var wacht = await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{id}/uitgaven",
            new { bedrag = teVeel, doel = "Woning ingericht", reden = "Spoed.", goedkeuringVragen = true });
        wacht.StatusCode.Should().Be(HttpStatusCode.Created, await wacht.Content.ReadAsStringAsync());
        var wachtend = await JsonAsync(wacht);
        wachtend.GetProperty("status").GetString().Should().Be("wacht-op-goedkeuring");
        var groot = wachtend.GetProperty("id").GetGuid();
        (await SaldoAsync(ijsbreker)).Should().Be(saldo, "a waiting uitgave does not count yet");

        var zelf = await ijsbreker.PostAsync($"/api/v1/escalaties/{id}/uitgaven/{groot}/goedkeuring", null);
        zelf.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "four eyes: not his own");
        (await zelf.Content.ReadAsStringAsync()).Should().Contain("andere ijsbreker");
        (await SaldoAsync(ijsbreker)).Should().Be(saldo);

        var goedgekeurd = await tweede.PostAsync($"/api/v1/escalaties/{id}/uitgaven/{groot}/goedkeuring", null);
        goedgekeurd.StatusCode.Should().Be(HttpStatusCode.OK, await goedgekeurd.Content.ReadAsStringAsync());
        (await SaldoAsync(tweede)).Should().Be(saldo - teVeel, "once approved it counts");
        (await tweede.PostAsync($"/api/v1/escalaties/{id}/uitgaven/{groot}/goedkeuring", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        (await ijsbreker.PatchAsJsonAsync($"/api/v1/escalaties/{id}/uitgaven/{uitgave}", new { betaaldUit = "bijzondere-bijstand" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var fout = await ijsbreker.PatchAsJsonAsync($"/api/v1/escalaties/{id}/uitgaven/{uitgave}", new { betaaldUit = "pot-van-gisteren" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Onbekend budget");
        (await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{id}/besluiten", new { besluit = "Het wijkteam neemt het bewind over." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var een = await ijsbreker.GetFromJsonAsync<JsonElement>($"/api/v1/escalaties/{id}");
        een.GetProperty("besluiten").GetArrayLength().Should().Be(1);
        een.GetProperty("uitgaven").EnumerateArray().Select(u => (u.GetProperty("status").GetString(), u.GetProperty("betaaldUit").ValueKind == JsonValueKind.String))
            .Should().BeEquivalentTo([("geteld", true), ("geteld", false)]);

        (await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{id}/afhandeling", new { toelichting = "Loopt weer." })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{id}/besluiten", new { besluit = "Te laat." })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "vastgelopen-actie", reden = "Weer vast." }))
            .StatusCode.Should().Be(HttpStatusCode.Created, "after handling, the plan may be escalated anew");
    }

    [Fact]
    public async Task De_teamleider_ziet_het_saldo_zonder_persoon_maar_geen_escalaties()
    {
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var budget = await teamleider.GetAsync("/api/v1/ijsbrekersbudget");
        budget.StatusCode.Should().Be(HttpStatusCode.OK);
        var stand = await JsonAsync(budget);
        stand.GetProperty("budget").GetDecimal().Should().Be(50_000m, "the default pot when the beheerder set none");
        stand.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["jaar", "budget", "besteed", "wachtOpGoedkeuring", "saldo"]);
        (await teamleider.GetAsync("/api/v1/escalaties")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var regisseur = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(Uniek("Regisseur"), Rollen.Regisseur));
        (await regisseur.GetAsync("/api/v1/ijsbrekersbudget")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Een_partner_of_vakspecialist_zonder_deel_in_het_plan_krijgt_404_en_er_wordt_niets_geescaleerd()
    {
        var (regisseur, route, regisseurNaam) = await RegisseurAsync();
        var (ijsbreker, ijsbrekerNaam) = await IjsbrekerAsync("IJsbreker Ivo");
        await PlanDienstAsync(ijsbrekerNaam, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        var (_, plan, _) = await route.PlanAsync("Buitenstaander", regisseurNaam);

        var huisarts = await Factory.ClientMetSleutelAsync([RegieRechten.PlannenEscaleren], "Huisartsenpraktijk De Linde");
        var partner = await huisarts.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Patiënt hoort niets." });
        partner.StatusCode.Should().Be(HttpStatusCode.NotFound, "a partner without a part does not learn the plan exists");
        var wmo = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Wim Wmo", Rollen.Vakspecialist, "wmo"));
        (await wmo.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Niet mijn plan." }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ijsbreker.GetFromJsonAsync<JsonElement>("/api/v1/escalaties?paginaGrootte=100")).GetProperty("resultaten").EnumerateArray()
            .Should().NotContain(e => e.GetProperty("planId").GetGuid() == plan, "nothing was escalated");

        var jeugd = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Jet Jeugd", Rollen.Vakspecialist, "jeugd-onderwijs"));
        var fout = await jeugd.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "paniek", reden = " " });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Onbekende aanleiding").And.Contain("Beschrijf waarom");
        var deelnemer = await jeugd.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "vastgelopen-actie", reden = "De school wacht op de jeugdhulp." });
        deelnemer.StatusCode.Should().Be(HttpStatusCode.Created, "a vakspecialist of a team in the plan has a part: " + await deelnemer.Content.ReadAsStringAsync());
        (await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Ook." }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
    }
}
