using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The whole route of Regie through the API, as issue 13 tells it: a meervoudige vraagverheldering lands in "regie
/// gevraagd", the teamleider assigns a regisseur and the plan starts with the start scores; a second plan for the household
/// is 409; doelen and acties with verantwoordelijken are added; an actie goes overdue on the host's clock and the plan is
/// vastgelopen; it is escalated to the ijsbreker, who spends €750 at once; the plan closes with new scores and the change
/// per leefgebied is returned, after which it takes no more changes.
/// </summary>
public sealed class RegieRouteApiTests(PlannenWerkvoorraadApiTests.KlokFactory factory) : IClassFixture<PlannenWerkvoorraadApiTests.KlokFactory>
{
    [Fact]
    public async Task Van_regie_gevraagd_tot_een_afgesloten_plan_met_de_verandering_per_leefgebied()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var regisseurNaam = "Roos Regie " + Guid.NewGuid().ToString("N")[..4];
        var regisseurGebruiker = await factory.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur);
        var ijsbrekerGebruiker = await factory.MaakMedewerkerAsync("Ivo IJsbreker", Rollen.Ijsbreker, "veiligheid");
        var teamleiderGebruiker = await factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid);
        var route = new RegieRoute(loket, await factory.IngelogdeClientAsync(teamleiderGebruiker));

        // Regie gevraagd → a regisseur → the plan, with the vraagverheldering's scores as start scores.
        var (inwoner, plan, _) = await route.PlanAsync("Regieroute", regisseurNaam);
        var regisseur = await factory.IngelogdeClientAsync(regisseurGebruiker);
        var detail = await regisseur.GetFromJsonAsync<JsonElement>($"/api/v1/plannen/{plan}");
        detail.GetProperty("scores").EnumerateArray().ToDictionary(s => s.GetProperty("leefgebied").GetString()!, s => s.GetProperty("startScore").GetInt32())
            .Should().Equal(RegieRoute.StartScores);
        detail.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("code").GetString()).Should().Contain(["jeugd-onderwijs", "werk-inkomen"]);

        // One household, one plan.
        var (_, tweede) = await route.GevraagdAsync("Regieroute", inwoner);
        (await route.WijsToeAsync(tweede, regisseurNaam)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        // A doel and two acties with their verantwoordelijken, due today.
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Klok.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        var doel = await ToevoegenAsync(regisseur, plan, "doelen", new { leefgebied = "financien", omschrijving = "We willen weer rondkomen.", zichtbaarheid = "plan" });
        await ToevoegenAsync(regisseur, plan, "acties", new
        {
            omschrijving = "Aanvraag bijzondere bijstand indienen", doelId = doel, verantwoordelijkeSoort = "team", verantwoordelijke = "Werk & Inkomen",
            teamCode = "werk-inkomen", telefoon = "033 247 11 11", deadline = vandaag, zichtbaarheid = "plan",
        });
        await ToevoegenAsync(regisseur, plan, "acties", new
        {
            omschrijving = "Samen de post openen", doelId = doel, verantwoordelijkeSoort = "netwerk", verantwoordelijke = "Buurman Henk",
            telefoon = "06 12 34 56 78", deadline = vandaag.AddDays(30), zichtbaarheid = "plan",
        });

        // Eight days on, the first actie is more than the 7 days set past its deadline: the plan is vastgelopen.
        factory.Klok.Zet(factory.Klok.GetUtcNow().AddDays(8));
        regisseur = await factory.IngelogdeClientAsync(regisseurGebruiker);
        var lijst = await regisseur.GetFromJsonAsync<JsonElement>("/api/v1/plannen?vastgelopen=true&paginaGrootte=100");
        var regel = lijst.GetProperty("resultaten").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == plan);
        regel.GetProperty("redenen").EnumerateArray().Select(r => r.GetString()).Should().Equal("actie-over-termijn");
        (await regisseur.GetFromJsonAsync<JsonElement>($"/api/v1/plannen/{plan}")).GetProperty("acties").EnumerateArray()
            .Count(a => a.GetProperty("verlopen").GetBoolean()).Should().Be(1);

        // Escalated to the ijsbreker, who spends €750 at once from the pot.
        var escalatie = await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "vastgelopen-actie", reden = "De bijstand komt niet op gang; de huur is al twee maanden achter." });
        escalatie.StatusCode.Should().Be(HttpStatusCode.Created, await escalatie.Content.ReadAsStringAsync());
        var escalatieId = (await escalatie.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("escalatieId").GetGuid();
        var ijsbreker = await factory.IngelogdeClientAsync(ijsbrekerGebruiker);
        var voor = (await ijsbreker.GetFromJsonAsync<JsonElement>("/api/v1/ijsbrekersbudget")).GetProperty("saldo").GetDecimal();
        var besteed = await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{escalatieId}/uitgaven", new { bedrag = 750m, doel = "Achterstallige huur betaald", reden = "Anders volgt de ontruiming." });
        besteed.StatusCode.Should().Be(HttpStatusCode.Created, await besteed.Content.ReadAsStringAsync());
        (await ijsbreker.GetFromJsonAsync<JsonElement>("/api/v1/ijsbrekersbudget")).GetProperty("saldo").GetDecimal().Should().Be(voor - 750m);

        // Closed with a result per doel and new scores: the change per leefgebied comes back, and the plan takes no more changes.
        var etag = (await regisseur.GetAsync($"/api/v1/plannen/{plan}")).Headers.ETag!.ToString();
        var afsluiting = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/afsluiting")
        {
            Content = JsonContent.Create(new
            {
                doelen = new[] { new { doelId = doel, resultaat = "behaald" } },
                scores = new[] { new { leefgebied = "financien", score = 4 }, new { leefgebied = "huisvesting", score = 3 }, new { leefgebied = "werk-opleiding", score = 3 } },
                nazorgOp = vandaag.AddMonths(3),
            }),
        };
        afsluiting.Headers.TryAddWithoutValidation("If-Match", etag);
        var afgesloten = await regisseur.SendAsync(afsluiting);
        afgesloten.StatusCode.Should().Be(HttpStatusCode.Created, await afgesloten.Content.ReadAsStringAsync());
        (await afgesloten.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("veranderingen").EnumerateArray()
            .ToDictionary(v => v.GetProperty("leefgebied").GetString()!, v => v.GetProperty("verandering").GetInt32())
            .Should().Equal(new Dictionary<string, int> { ["financien"] = 2, ["huisvesting"] = 2, ["werk-opleiding"] = 0 });

        var later = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/doelen")
        {
            Content = JsonContent.Create(new { leefgebied = "huisvesting", omschrijving = "Nog een doel", zichtbaarheid = "plan" }),
        };
        later.Headers.TryAddWithoutValidation("If-Match", (await regisseur.GetAsync($"/api/v1/plannen/{plan}")).Headers.ETag!.ToString());
        (await regisseur.SendAsync(later)).StatusCode.Should().Be(HttpStatusCode.Conflict, "a closed plan is history");
    }

    /// <summary>Adds a doel or actie on the plan's current ETag; answers its id.</summary>
    private static async Task<Guid> ToevoegenAsync(HttpClient regisseur, Guid plan, string soort, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/{soort}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", (await regisseur.GetAsync($"/api/v1/plannen/{plan}")).Headers.ETag!.ToString());
        var response = await regisseur.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
