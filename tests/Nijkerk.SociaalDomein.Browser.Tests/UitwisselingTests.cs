using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class UitwisselingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_downloadt_de_kaart_ziet_een_kapot_bestand_geweigerd_en_leest_het_goede_in()
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GotoAsync("/beheer/sociale-kaart/uitwisseling");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download de sociale kaart (HSDS, JSON)" }).ClickAsync());
        var export = await File.ReadAllTextAsync((await download.PathAsync())!);
        var kapot = JsonNode.Parse(export)!;
        var schema = kapot["schedules"]!.AsArray().First(s => s!["opens_at"] is not null)!;
        schema["closes_at"] = "06:00";

        await page.GetByLabel("HSDS-bestand").SetInputFilesAsync(Bestand(kapot.ToJsonString()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand inlezen" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).Should().Contain("1 record(s) geweigerd").And.Contain("niets gewijzigd");
        var rij = page.Locator("#verslag tbody tr").Filter(new() { HasText = "Geweigerd" });
        (await rij.CountAsync()).Should().Be(1);
        (await rij.TextContentAsync()).Should().Contain((string)schema["id"]!).And.Contain("closes_at ligt niet na opens_at.");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("HSDS-bestand").SetInputFilesAsync(Bestand(export));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand inlezen" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("Het bestand is ingelezen: 0 aangemaakt, 0 bijgewerkt");
        (await page.Locator("#verslag tbody tr").Filter(new() { HasText = "ongewijzigd" }).CountAsync()).Should().BeGreaterThan(50);
    }

    [Fact]
    public async Task Zonder_bestand_staat_de_melding_bij_het_veld_en_de_pagina_is_toegankelijk()
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GotoAsync("/beheer/sociale-kaart/uitwisseling");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand inlezen" }).ClickAsync();

        (await page.Locator("#Bestand-fout").TextContentAsync()).Should().Be("Kies een HSDS-bestand (JSON) om in te lezen.");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_loketmedewerker_komt_niet_op_de_pagina()
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);

        var response = await page.GotoAsync("/beheer/sociale-kaart/uitwisseling");

        (await page.GetByLabel("HSDS-bestand").CountAsync()).Should().Be(0);
        response!.Url.Should().NotEndWith("/beheer/sociale-kaart/uitwisseling");
    }

    private static FilePayload Bestand(string json) => new() { Name = "kaart.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) };
}
