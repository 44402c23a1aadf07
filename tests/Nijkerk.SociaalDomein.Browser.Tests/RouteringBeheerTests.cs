using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class RouteringBeheerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_wijzigt_de_routering_met_het_toetsenbord_en_het_antwoord_van_overdracht_volgt()
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Routering naar teams" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WachtOpAsync("**/beheer/routering");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // Type-ahead in a closed select, as a keyboard user chooses: "H" is "Het team zelf", "Wm" is Wmo.
        await page.GetByLabel("Uitgevoerd door, schuldhulpverlening").FocusAsync();
        await page.Keyboard.TypeAsync("H");
        await page.GetByLabel("Team voor leerlingenvervoer").FocusAsync();
        await page.Keyboard.TypeAsync("Wm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Routering opslaan" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De routering van 2 expertises is opgeslagen.");
        (await page.GetByLabel("Uitgevoerd door, schuldhulpverlening").InputValueAsync()).Should().BeEmpty();
        (await page.GetByLabel("Team voor leerlingenvervoer").InputValueAsync()).Should().Be("wmo");
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "leerlingenvervoer" }).TextContentAsync()).Should().Contain("door");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        var api = await fixture.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen]);
        var teams = (await api.GetFromJsonAsync<JsonElement>("/api/v1/teams")).GetProperty("resultaten").EnumerateArray()
            .ToDictionary(t => t.GetProperty("code").GetString()!, t => t.GetProperty("expertises").EnumerateArray().ToList());
        teams["wmo"].Select(e => e.GetProperty("expertise").GetString()).Should().Contain("leerlingenvervoer");
        teams["werk-inkomen"].Single(e => e.GetProperty("expertise").GetString() == "schuldhulpverlening")
            .GetProperty("partnerOrganisatie").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Een_loketmedewerker_komt_niet_op_de_routeringspagina()
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Routering naar teams" }).CountAsync()).Should().Be(0);

        var response = await page.GotoAsync("/beheer/routering");

        (await page.GetByRole(AriaRole.Button, new() { Name = "Routering opslaan" }).CountAsync()).Should().Be(0);
        response!.Url.Should().NotEndWith("/beheer/routering");
    }
}
