using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// A meervoudige question lands in "regie gevraagd" without a person in it; the teamleider assigns a regisseur, the plan
/// of the household starts and the loket sees the regisseur as aanspreekpunt; a second start for the household is 409.
/// </summary>
public sealed class RegieGevraagdApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Een_meervoudige_vraag_krijgt_een_regisseur_en_een_plan_en_een_tweede_plan_voor_het_huishouden_is_409()
    {
        var regisseur = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        await Factory.MaakMedewerkerAsync(regisseur, Rollen.Regisseur);
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var route = new RegieRoute(Client, teamleider);

        var (inwoner, verzoek) = await route.GevraagdAsync("Regiegevraagd");
        var lijst = await teamleider.GetStringAsync("/api/v1/regieverzoeken?paginaGrootte=100");
        lijst.Should().NotContain("Regiegevraagd").And.NotContain(inwoner.ToString(), "the teamleider sees no person");

        var toegewezen = await route.WijsToeAsync(verzoek, regisseur);
        toegewezen.StatusCode.Should().Be(HttpStatusCode.Created, await toegewezen.Content.ReadAsStringAsync());
        var plan = (await toegewezen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        toegewezen.Headers.Location!.ToString().Should().EndWith($"/api/v1/plannen/{plan}");

        var overzicht = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{inwoner}/overzicht");
        overzicht.GetProperty("plan").GetProperty("regisseur").GetString().Should().Be(regisseur);
        overzicht.GetProperty("aanspreekpunt").GetProperty("naam").GetString().Should().Be(regisseur);

        (await teamleider.GetFromJsonAsync<JsonElement>("/api/v1/regieverzoeken?paginaGrootte=100")).GetProperty("resultaten").EnumerateArray()
            .Should().NotContain(v => v.GetProperty("id").GetGuid() == verzoek, "an assigned question leaves the list");
        (await route.WijsToeAsync(verzoek, regisseur)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        var (_, tweede) = await route.GevraagdAsync("Regiegevraagd", inwoner);
        var weer = await route.WijsToeAsync(tweede, regisseur);
        weer.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var probleem = await weer.Content.ReadFromJsonAsync<JsonElement>();
        probleem.GetProperty("planId").GetGuid().Should().Be(plan);
        probleem.GetProperty("regisseur").GetString().Should().Be(regisseur);
    }

    [Fact]
    public async Task Alleen_de_teamleider_wijst_toe_en_alleen_een_regisseur_kan_het_worden_zonder_dat_een_fout_iets_wijzigt()
    {
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var route = new RegieRoute(Client, teamleider);
        var (_, verzoek) = await route.GevraagdAsync("Nietregisseur");

        var lezer = await Factory.ClientMetSleutelAsync([RegieRechten.PlannenLezen]);
        (await lezer.PostAsJsonAsync($"/api/v1/regieverzoeken/{verzoek}/toewijzing", new { regisseurId = "x", telefoon = "033 247 12 34" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "reading plans is not assigning them");
        var loket = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Lars Loket", Rollen.Loketmedewerker));
        (await loket.GetAsync("/api/v1/regieverzoeken")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the teamleider assigns");
        var fout = await teamleider.PostAsJsonAsync($"/api/v1/regieverzoeken/{verzoek}/toewijzing", new { regisseurId = Guid.NewGuid().ToString(), telefoon = "" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var tekst = await fout.Content.ReadAsStringAsync();
        tekst.Should().Contain("geen actieve regisseur").And.Contain("telefoonnummer");
        (await teamleider.GetFromJsonAsync<JsonElement>("/api/v1/regieverzoeken?paginaGrootte=100")).GetProperty("resultaten").EnumerateArray()
            .Should().Contain(v => v.GetProperty("id").GetGuid() == verzoek, "a refused assignment changes nothing");
    }
}
