using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Browser.Tests.Toetsenbord;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class HuishoudenPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_regisseur_voegt_met_het_toetsenbord_een_lid_toe_beeindigt_er_een_en_een_verouderde_versie_overschrijft_niets()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(api);
        var moeder = await route.InwonerAsync("Marit", "Huispagina");
        var zoon = await route.InwonerAsync("Niels", "Huispagina");
        var partner = await route.InwonerAsync("Otto", "Elders");
        var huishouden = await MaakAsync(api, new { inwonerId = moeder, relatie = "ouder", contactpersoon = true }, new { inwonerId = zoon, relatie = "kind" });
        var elders = await MaakAsync(api, new { inwonerId = partner, relatie = "ouder", contactpersoon = true });
        var page = await fixture.NewPageAsync(Rollen.Regisseur);

        await page.GotoAsync($"/huishoudens/{huishouden}");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Contain("Marit Huispagina");
        (await page.Locator($"#leden tr[data-id='{zoon}']").TextContentAsync()).Should().Contain("Niels Huispagina");
        (await page.Locator("#plan").TextContentAsync()).Should().Contain("geen lopend ondersteuningsplan");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // A wrong id: the Dutch message stands next to the field, nothing is added.
        await TypAsync(page.GetByLabel("Id van de inwoner"), Guid.NewGuid().ToString());
        await KiesOptieAsync(page.GetByLabel("Relatie tot het huishouden"), "Partner");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }));
        (await page.Locator("#Toevoeging_InwonerId-fout").TextContentAsync()).Should().Contain("Er is geen inwoner met deze id");
        (await page.GetByLabel("Id van de inwoner").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // Found by surname and date of birth, as the loket searches the register.
        var geboren = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{partner}")).GetProperty("geboortedatum").GetString()!;
        await TypAsync(page.GetByLabel("Achternaam"), "Elders");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }));
        (await page.Locator("#Zoeken_Geboortedatum-fout").TextContentAsync()).Should().Contain("Vul de geboortedatum in.");
        await page.GetByLabel("Geboortedatum").FillAsync(geboren);
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }));
        await KiesAsync(page.Locator("#gevonden").GetByLabel("Otto Elders"));
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        await KiesOptieAsync(page.GetByLabel("Relatie tot het huishouden"), "Partner");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }));
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("ander huishouden");
        (await page.Locator($"#leden tr[data-id='{partner}']").TextContentAsync()).Should().Contain("Otto Elders");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/huishoudens/{elders}")).GetProperty("voormaligeLeden")[0].GetProperty("inwonerId").GetGuid()
            .Should().Be(partner, "he moved: his membership there ended");

        await KiesAsync(page.GetByLabel("Lidmaatschap van Niels Huispagina beëindigen"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Leden opslaan" }));
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De leden zijn opgeslagen");
        (await page.Locator($"#leden tr[data-id='{zoon}']").CountAsync()).Should().Be(0);
        (await page.Locator($"#geschiedenis tr[data-id='{zoon}']").TextContentAsync()).Should().Contain("Niels Huispagina").And.Contain("Kind");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // Someone else changes the household while the page is open: the page's change is refused with a Dutch message.
        var gelezen = await api.GetAsync($"/api/v1/huishoudens/{huishouden}");
        using (var wijziging = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/huishoudens/{huishouden}/leden")
        {
            Content = JsonContent.Create(new { leden = new object[] { new { inwonerId = moeder, relatie = "overig", contactpersoon = true }, new { inwonerId = partner, relatie = "partner" } } }),
        })
        {
            wijziging.Headers.IfMatch.Add(new EntityTagHeaderValue(gelezen.Headers.ETag!.Tag));
            (await api.SendAsync(wijziging)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await KiesAsync(page.GetByLabel("Lidmaatschap van Otto Elders beëindigen"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Leden opslaan" }));
        (await page.GetByRole(AriaRole.Alert).First.TextContentAsync()).Should().Contain("intussen gewijzigd");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        var nu = await api.GetFromJsonAsync<JsonElement>($"/api/v1/huishoudens/{huishouden}");
        nu.GetProperty("leden").EnumerateArray().Select(l => l.GetProperty("inwonerId").GetGuid()).Should().BeEquivalentTo([moeder, partner], "the stale page overwrote nothing");
        nu.GetProperty("leden").EnumerateArray().Single(l => l.GetProperty("inwonerId").GetGuid() == moeder).GetProperty("relatie").GetString().Should().Be("overig");
    }

    private static async Task<Guid> MaakAsync(HttpClient api, params object[] leden)
    {
        var response = await api.PostAsJsonAsync("/api/v1/huishoudens", new { leden });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
