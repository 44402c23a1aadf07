using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class InloggenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Een_loketmedewerker_logt_in_registreert_een_aanmelding_logt_uit_en_komt_er_dan_niet_meer_bij()
    {
        var gebruiker = await fixture.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var page = await fixture.AnoniemePaginaAsync();

        await page.GotoAsync("/aanmeldingen/nieuw");
        page.Url.Should().Contain("/inloggen?ReturnUrl=%2Faanmeldingen%2Fnieuw");
        await BrowserFixture.LogInAsync(page, gebruiker, ApiFactory.Wachtwoord);
        await page.WachtOpAsync("**/aanmeldingen/nieuw");
        await page.GetByLabel("Kanaal").SelectOptionAsync("balie");
        await page.GetByLabel("Bron").SelectOptionAsync("inwoner-zelf");
        await page.GetByLabel("Vraag").FillAsync("Ik wil graag hulp bij mijn post");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();
        await page.WachtOpAsync("**/aanmeldingen?nieuw=*");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.WachtOpAsync("**/inloggen?uitgelogd=true");
        await page.GotoAsync("/aanmeldingen/nieuw");

        page.Url.Should().Contain("/inloggen");
        (await page.GetByLabel("Vraag").CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Vijf_keer_een_verkeerd_wachtwoord_blokkeert_het_account_ook_voor_het_goede_wachtwoord()
    {
        var gebruiker = await fixture.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var page = await fixture.AnoniemePaginaAsync();

        for (var poging = 1; poging <= 4; poging++)
        {
            await BrowserFixture.LogInAsync(page, gebruiker, "verkeerd-wachtwoord-" + poging);
            (await page.Locator("#inlogfout").TextContentAsync()).Should().Be("Onbekende gebruikersnaam of onjuist wachtwoord.");
        }

        await BrowserFixture.LogInAsync(page, gebruiker, "verkeerd-wachtwoord-5");
        (await page.Locator("#inlogfout").TextContentAsync()).Should().Contain("tijdelijk geblokkeerd");

        await BrowserFixture.LogInAsync(page, gebruiker, ApiFactory.Wachtwoord);
        (await page.Locator("#inlogfout").TextContentAsync()).Should().Contain("tijdelijk geblokkeerd");
        page.Url.Should().Contain("/inloggen");
    }

    [Fact]
    public async Task Beleid_krijgt_geen_personen_te_zien()
    {
        var page = await fixture.NewPageAsync(Rollen.Beleid);

        await page.GotoAsync("/aanmeldingen");

        page.Url.Should().Contain("/geen-toegang");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Geen toegang");
    }

    [Fact]
    public async Task De_inlogpagina_heeft_geen_wcag_21_aa_overtredingen()
    {
        var page = await fixture.AnoniemePaginaAsync();
        await page.GotoAsync("/inloggen");

        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }
}
