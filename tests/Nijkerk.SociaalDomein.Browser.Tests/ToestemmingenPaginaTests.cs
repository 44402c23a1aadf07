using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Browser.Tests.Toetsenbord;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class ToestemmingenPaginaTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Het_loket_legt_een_toestemming_vast_vanaf_de_inwonerpagina_en_trekt_haar_in_met_het_toetsenbord()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = await new VraagRoute(api).InwonerAsync("Wim", "Toestemming");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/inwoners/{inwoner}");

        await DrukAsync(page.GetByRole(AriaRole.Link, new() { Name = "Toestemmingen voor het delen met partners" }));
        await page.WachtOpAsync($"**/inwoners/{inwoner}/toestemmingen");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Contain("Wim");
        (await page.ContentAsync()).Should().Contain("Er is nog geen toestemming vastgelegd.");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // Without a doel and an end date: the Dutch messages stand next to the fields, nothing is recorded.
        await KiesOptieAsync(page.GetByLabel("Partner"), "Plan");
        await KiesOptieAsync(page.GetByLabel("Hoe gegeven"), "Mon");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }));
        (await page.Locator("#Formulier_Doel-fout").TextContentAsync()).Should().Contain("Beschrijf het doel");
        (await page.GetByLabel("Doel").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.Locator("#Formulier_GeldigTot-fout").TextContentAsync()).Should().Contain("tot wanneer");
        (await page.GetByLabel("Partner").InputValueAsync()).Should().Be("Plangroep", "what was chosen stays");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await TypAsync(page.GetByLabel("Doel"), "Schuldhulpverlening door Plangroep");
        await page.GetByLabel("Geldig tot en met").FillAsync(DateTime.Today.AddYears(1).ToString("yyyy-MM-dd"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }));

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De toestemming is vastgelegd.");
        var rij = page.Locator("#toestemmingen tbody tr");
        (await rij.TextContentAsync()).Should().Contain("Plangroep").And.Contain("Schuldhulpverlening door Plangroep").And.Contain("Geldig");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await TypAsync(page.GetByLabel("Reden van intrekking (mag leeg)"), "Regelt het zelf");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Trek de toestemming voor Plangroep in" }));

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De toestemming is ingetrokken.");
        (await rij.TextContentAsync()).Should().Contain("Ingetrokken").And.Contain("Regelt het zelf");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        var lijst = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{inwoner}/toestemmingen");
        lijst.GetProperty("resultaten")[0].GetProperty("geldig").GetBoolean().Should().BeFalse();
    }
}
