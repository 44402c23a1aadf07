using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class MethodenBeheerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_voegt_een_methode_met_een_leefgebied_toe_en_een_vraagverheldering_scoort_het()
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Methoden en leefgebieden" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WachtOpAsync("**/beheer/methoden");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "zrm-2017" }).CountAsync()).Should().BeGreaterThan(0);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // A leefgebied without a name: the Dutch message next to the field, nothing added.
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("zrm-opvoeding");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("ZRM met opvoeding");
        await page.GetByLabel("Leefgebieden").FillAsync("op-financien: Financiën\nop-opvoeding");
        await page.GetByRole(AriaRole.Button, new() { Name = "Methode toevoegen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Geef het leefgebied een naam.").WaitForAsync();
        (await page.GetByLabel("Leefgebieden").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.GetByLabel("Naam", new() { Exact = true }).InputValueAsync()).Should().Be("ZRM met opvoeding", "what was typed comes back");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("Leefgebieden").FillAsync("op-financien: Financiën\nop-opvoeding: Opvoeding en ouderschap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Methode toevoegen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("De methode zrm-opvoeding is toegevoegd met 2 leefgebied(en).").WaitForAsync();

        // Rename one leefgebied and deactivate the other, each with its own row form.
        await page.GetByLabel("Naam van op-opvoeding").FillAsync("Opvoeding");
        await page.GetByRole(AriaRole.Button, new() { Name = "op-opvoeding opslaan" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Het leefgebied op-opvoeding is opgeslagen.").WaitForAsync();
        await page.GetByLabel("op-financien actief").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "op-financien opslaan" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Het leefgebied op-financien is opgeslagen; het wordt niet meer aangeboden.").WaitForAsync();
        (await page.GetByLabel("Naam van op-opvoeding").InputValueAsync()).Should().Be("Opvoeding");
        (await page.GetByLabel("op-financien actief").IsCheckedAsync()).Should().BeFalse();
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // A vraagverheldering with the new method scores the added leefgebied; the deactivated one is not offered.
        var route = new VraagRoute(await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes));
        var id = await route.DoorgezetAsync(await route.InwonerAsync("Bram", "Hoekstra"), "Opvoeden gaat niet meer");
        var versie = await route.PutAsync($"/api/v1/vraagverhelderingen/{id}/methode", await route.VersieAsync(id), new { methode = "zrm-opvoeding" });
        await route.PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/op-opvoeding", versie, new { score = 3, toelichting = "Veel ruzie" });
        var detail = await route.DetailAsync(id);
        var leefgebieden = detail.GetProperty("leefgebieden").EnumerateArray().ToList();
        leefgebieden.Select(l => l.GetProperty("naam").GetString()).Should().Equal("Opvoeding");
        leefgebieden.Single().GetProperty("score").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Een_loketmedewerker_komt_niet_op_de_methodenpagina()
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Methoden en leefgebieden" }).CountAsync()).Should().Be(0);

        var response = await page.GotoAsync("/beheer/methoden");

        (await page.GetByRole(AriaRole.Button, new() { Name = "Methode toevoegen" }).CountAsync()).Should().Be(0);
        response!.Url.Should().NotEndWith("/beheer/methoden");
    }
}
