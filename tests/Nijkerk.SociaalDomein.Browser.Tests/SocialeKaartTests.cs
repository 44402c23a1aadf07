using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class SocialeKaartTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Zoeken_filteren_en_een_voorziening_openen()
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync("/sociale-kaart");

        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync("schulden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        var kaarten = page.Locator(".nsd-kaart h2");
        (await kaarten.AllTextContentsAsync()).Take(2).Should().BeEquivalentTo(["Schuldhulpverlening", "Schuldhulpmaatje"]);

        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("Kern").SelectOptionAsync("Hoevelaken");
        await page.GetByLabel("Open op").FillAsync("2026-11-25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        (await kaarten.AllTextContentsAsync()).Should().BeEquivalentTo(["Formulierhulp", "Gebiedsteam Hoevelaken"]);
        (await page.Locator(".nsd-kaart").Filter(new() { HasText = "Gebiedsteam Hoevelaken" }).TextContentAsync())
            .Should().Contain("ma–vr 09:00–17:00 telefonisch");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gebiedsteam Hoevelaken" }).ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Gebiedsteam Hoevelaken");
        (await page.GetByRole(AriaRole.Table).TextContentAsync()).Should().Contain("woensdag");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task De_zoekpagina_met_resultaten_heeft_geen_wcag_21_aa_overtredingen()
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync("/sociale-kaart?zoek=formulier&kern=Nijkerk");

        (await page.Locator(".nsd-kaart").CountAsync()).Should().BeGreaterThan(0);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Beleid_mag_de_sociale_kaart_raadplegen()
    {
        var page = await fixture.NewPageAsync(Rollen.Beleid);
        await page.GotoAsync("/sociale-kaart?zoek=taal");

        (await page.Locator(".nsd-kaart h2").AllTextContentsAsync()).Should().Contain("Taalhuis");
    }
}
