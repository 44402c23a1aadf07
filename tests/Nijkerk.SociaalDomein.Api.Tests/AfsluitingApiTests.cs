using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The regisseur closes the plan with new scores and gets the change per leefgebied; a second close is 409; the
/// household may then start a new plan. Also: an escalation with nobody on duty goes to all ijsbrekers (this class has
/// its own database, so no shift is planned in it).
/// </summary>
public sealed class AfsluitingApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static string Uniek(string naam) => $"{naam} {Guid.NewGuid().ToString("N")[..6]}";

    private static HttpRequestMessage Afsluiting(Guid plan, object body, int? versie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/afsluiting") { Content = JsonContent.Create(body) };
        if (versie is { } v)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        }

        return request;
    }

    [Fact]
    public async Task De_regisseur_sluit_af_met_nieuwe_scores_krijgt_de_verandering_per_leefgebied_en_het_huishouden_kan_een_nieuw_plan_krijgen()
    {
        var naam = Uniek("Regisseur");
        var regisseur = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(naam, Rollen.Regisseur));
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var ijsbreker = Uniek("IJsbreker Ina");
        await Factory.MaakMedewerkerAsync(ijsbreker, Rollen.Ijsbreker, "veiligheid");
        var route = new RegieRoute(Client, teamleider);
        var (inwoner, plan, _) = await route.PlanAsync("Afsluiting", naam);

        var geescaleerd = await JsonAsync(await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Niemand pakt het op." }));
        geescaleerd.GetProperty("niemandVanDienst").GetBoolean().Should().BeTrue("no shift is planned");
        geescaleerd.GetProperty("ijsbrekers").EnumerateArray().Select(i => i.GetString()).Should().Contain(ijsbreker, "with nobody on duty it goes to all ijsbrekers");

        var scores = new[] { new { leefgebied = "financien", score = 4 }, new { leefgebied = "huisvesting", score = 3 }, new { leefgebied = "werk-opleiding", score = 2 } };
        var morgen = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2));
        (await regisseur.SendAsync(Afsluiting(plan, new { doelen = Array.Empty<object>(), scores }, null))).StatusCode.Should().Be(HttpStatusCode.PreconditionRequired);
        var verouderd = await regisseur.SendAsync(Afsluiting(plan, new { doelen = Array.Empty<object>(), scores }, 1));
        verouderd.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "the escalation changed the plan since version 1");
        (await verouderd.Content.ReadAsStringAsync()).Should().Contain("geëscaleerd");

        var onvolledig = await regisseur.SendAsync(Afsluiting(plan, new { doelen = Array.Empty<object>(), scores = scores[..2], nazorgOp = "2020-01-01" }, 2));
        onvolledig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await onvolledig.Content.ReadAsStringAsync()).Should().Contain("nazorgdatum ligt in de toekomst");
        var zonderWerk = await regisseur.SendAsync(Afsluiting(plan, new { doelen = Array.Empty<object>(), scores = scores[..2] }, 2));
        zonderWerk.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonderWerk.Content.ReadAsStringAsync()).Should().Contain("werk-opleiding");

        var jeugd = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Jet Jeugd", Rollen.Vakspecialist, "jeugd-onderwijs"));
        (await jeugd.SendAsync(Afsluiting(plan, new { doelen = Array.Empty<object>(), scores }, 2))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the regisseur closes");

        var afgesloten = await regisseur.SendAsync(Afsluiting(plan, new { doelen = Array.Empty<object>(), scores, nazorgOp = morgen }, 2));
        afgesloten.StatusCode.Should().Be(HttpStatusCode.Created, await afgesloten.Content.ReadAsStringAsync());
        var resultaat = await JsonAsync(afgesloten);
        resultaat.GetProperty("veranderingen").EnumerateArray()
            .Select(v => (v.GetProperty("leefgebied").GetString(), v.GetProperty("start").GetInt32(), v.GetProperty("eind").GetInt32(), v.GetProperty("verandering").GetInt32()))
            .Should().BeEquivalentTo([("financien", 2, 4, 2), ("huisvesting", 1, 3, 2), ("werk-opleiding", 3, 2, -1)]);
        resultaat.GetProperty("nazorgOp").GetString().Should().Be(morgen.ToString("yyyy-MM-dd"));

        (await regisseur.SendAsync(Afsluiting(plan, new { doelen = Array.Empty<object>(), scores }, 3))).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Na afsluiting." }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "a closed plan is not escalated");

        var overzicht = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{inwoner}/overzicht");
        (overzicht.TryGetProperty("plan", out var lopend) && lopend.ValueKind == JsonValueKind.Object).Should().BeFalse("the closed plan no longer runs");

        var (_, nieuw) = await route.GevraagdAsync("Afsluiting", inwoner);
        var toegewezen = await route.WijsToeAsync(nieuw, naam);
        toegewezen.StatusCode.Should().Be(HttpStatusCode.Created, "after closing, the household may get a new plan: " + await toegewezen.Content.ReadAsStringAsync());
    }
}
