using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// The ijsbreker's escalations and the budget, the beheerder's rota, and the regisseur closing a plan: keyboard only,
/// Dutch messages next to the fields, axe-clean.
/// </summary>
public sealed class IjsbrekerPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static string Uniek(string naam) => $"{naam} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<(Guid Plan, string Regisseur, string Gebruikersnaam)> PlanAsync(string achternaam)
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var regisseur = Uniek("Regisseur");
        var gebruikersnaam = await fixture.MaakMedewerkerAsync(regisseur, Rollen.Regisseur);
        var (_, plan, _) = await new RegieRoute(api, api).PlanAsync(achternaam, regisseur);
        return (plan, regisseur, gebruikersnaam);
    }

    private async Task<IPage> AlsAsync(string naam, string rol, params string[] teams)
    {
        var gebruiker = await fixture.MaakMedewerkerAsync(naam, rol, teams);
        return await IngelogdAsync(gebruiker);
    }

    private async Task<IPage> IngelogdAsync(string gebruiker)
    {
        var page = await fixture.AnoniemePaginaAsync();
        await BrowserFixture.LogInAsync(page, gebruiker, ApiFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task De_ijsbreker_vindt_de_escalatie_legt_een_uitgave_vast_met_het_toetsenbord_en_ziet_het_saldo_en_de_teamleider_alleen_het_budget()
    {
        var (plan, regisseur, _) = await PlanAsync("Ijsbreekpagina");
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var geescaleerd = await api.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Al weken geen beweging bij de schuldhulp." });
        geescaleerd.StatusCode.Should().Be(HttpStatusCode.Created, await geescaleerd.Content.ReadAsStringAsync());
        var escalatie = (await geescaleerd.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("escalatieId").GetGuid();

        var page = await AlsAsync(Uniek("IJsbreker Ivo"), Rollen.Ijsbreker, "veiligheid");
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Escalaties", Exact = true }));
        await page.WachtOpAsync("**/escalaties");
        var rij = page.GetByRole(AriaRole.Row).Filter(new() { HasText = regisseur });
        (await rij.TextContentAsync()).Should().Contain("Er gebeurt al lang niets");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await Toetsenbord.DrukAsync(rij.GetByRole(AriaRole.Link));
        await page.WachtOpAsync($"**/escalaties/{escalatie}");
        (await page.Locator("#escalatie").TextContentAsync()).Should().Contain("Al weken geen beweging bij de schuldhulp.").And.Contain(regisseur);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // Nothing filled in: the Dutch messages next to the fields, nothing spent.
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitgave vastleggen" }));
        await page.GetByText("Vul het bedrag in euro in, bijvoorbeeld 750 of 82,50.").WaitForAsync();
        (await page.GetByLabel("Bedrag in euro").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.GetByText("Schrijf op waarom het nodig was").CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await Toetsenbord.TypAsync(page.GetByLabel("Bedrag in euro"), "750");
        await Toetsenbord.TypAsync(page.GetByLabel("Waaraan"), "Achterstallige huur betaald");
        await Toetsenbord.TypAsync(page.GetByLabel("Waarom"), "Anders volgt de ontruiming.");
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitgave vastleggen" }));
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De uitgave van € 750,00 is vastgelegd" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Achterstallige huur betaald" }).TextContentAsync()).Should().Contain("Telt mee");

        await Toetsenbord.KiesOptieAsync(page.GetByLabel("Budget voor € 750,00"), "Bijz");
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Budget voor € 750,00 opslaan" }));
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Bijzondere bijstand betaalt deze uitgave" }).WaitForAsync();
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "IJsbrekersbudget" }));
        await page.WachtOpAsync("**/regie/budget");
        (await page.Locator("#budget").TextContentAsync()).Should().Contain("€ 50.000,00").And.Contain("€ 750,00");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        var teamleider = await fixture.NewPageAsync(Rollen.Beleid);
        (await teamleider.GetByRole(AriaRole.Link, new() { Name = "Escalaties", Exact = true }).CountAsync()).Should().Be(0);
        await teamleider.GotoAsync("/regie/budget");
        (await teamleider.Locator("#saldo").TextContentAsync()).Should().Contain("€ 49.250,00");
        (await teamleider.GetByText(regisseur).CountAsync()).Should().Be(0, "the teamleider sees amounts, no person");
        (await Toegankelijkheid.ControleerAsync(teamleider)).Should().BeEmpty();
        (await teamleider.GotoAsync($"/escalaties/{escalatie}"))!.Url.Should().NotEndWith($"/escalaties/{escalatie}");
    }

    [Fact]
    public async Task De_beheerder_plant_een_dienst_en_ziet_wanneer_niemand_dienst_heeft()
    {
        var ijsbreker = Uniek("IJsbreker Bas");
        await fixture.MaakMedewerkerAsync(ijsbreker, Rollen.Ijsbreker, "veiligheid");
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GotoAsync("/beheer/ijsbrekers");
        (await page.Locator("#gaten").TextContentAsync()).Should().Contain("Van ");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Dienst plannen" }));
        await page.GetByText("Kies de ijsbreker die dienst heeft.").WaitForAsync();
        (await page.GetByLabel("IJsbreker", new() { Exact = true }).GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("IJsbreker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = ijsbreker });
        var van = DateTime.Now.AddHours(1);
        await page.GetByLabel("Van", new() { Exact = true }).FillAsync(van.ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByLabel("Tot", new() { Exact = true }).FillAsync(van.AddHours(14).ToString("yyyy-MM-ddTHH:mm"));
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Dienst plannen" }));
        await page.GetByRole(AriaRole.Status).Or(page.Locator(".utrecht-form-field-error-message")).First.WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).Should().Contain($"{ijsbreker} heeft dienst");
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = ijsbreker }).CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task De_regisseur_sluit_het_plan_af_met_alleen_het_toetsenbord_en_ziet_de_verandering_per_leefgebied()
    {
        var (plan, _, gebruikersnaam) = await PlanAsync("Afsluitpagina");
        var gebruiker = await IngelogdAsync(gebruikersnaam);
        await gebruiker.GotoAsync($"/plannen/{plan}/afsluiting");
        (await Toegankelijkheid.ControleerAsync(gebruiker)).Should().BeEmpty();

        await Toetsenbord.KiesOptieAsync(gebruiker.Locator("#score-financien"), "4");
        await Toetsenbord.DrukAsync(gebruiker.GetByRole(AriaRole.Button, new() { Name = "Plan afsluiten" }));
        await gebruiker.Locator("#scores-fout").WaitForAsync();
        (await gebruiker.Locator("#scores-fout").TextContentAsync()).Should().Contain("Geef een eindscore voor elk leefgebied met een startscore")
            .And.Contain("huisvesting").And.NotContain("financien");
        (await gebruiker.Locator("#score-financien").InputValueAsync()).Should().Be("4", "what was chosen comes back");
        (await Toegankelijkheid.ControleerAsync(gebruiker)).Should().BeEmpty();

        await Toetsenbord.KiesOptieAsync(gebruiker.Locator("#score-huisvesting"), "3");
        await Toetsenbord.KiesOptieAsync(gebruiker.Locator("#score-werk-opleiding"), "2");
        await Toetsenbord.DrukAsync(gebruiker.GetByRole(AriaRole.Button, new() { Name = "Plan afsluiten" }));
        await gebruiker.GetByRole(AriaRole.Heading, new() { Name = "Plan afgesloten" }).WaitForAsync();
        var tabel = await gebruiker.Locator("#veranderingen").TextContentAsync();
        tabel.Should().Contain("+2").And.Contain("-1");
        (await Toegankelijkheid.ControleerAsync(gebruiker)).Should().BeEmpty();
    }
}
