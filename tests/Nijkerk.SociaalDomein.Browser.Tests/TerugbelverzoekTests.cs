using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class TerugbelverzoekTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<Guid> AanmeldingAsync(string vraag)
    {
        var api = await fixture.ClientMetSleutelAsync([IntakeRechten.AanmeldingenSchrijven]);
        var response = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "inwoner-zelf", vraag, urgentie = "normaal" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Een_terugbelverzoek_voor_mijzelf_staat_bij_voor_mij_en_verdwijnt_na_gebeld_afronden()
    {
        var gebruikersnaam = await fixture.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var page = await fixture.AnoniemePaginaAsync();
        await BrowserFixture.LogInAsync(page, gebruikersnaam, BrowserFixture.Wachtwoord);
        await page.WachtOpAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
        var id = await AanmeldingAsync("Belt u mij terug over de mantelzorg?");

        await page.GotoAsync($"/aanmeldingen/{id}/terugbelverzoek");
        await page.GetByLabel("Collega (gebruikersnaam)").FillAsync(gebruikersnaam);
        await page.GetByLabel("Telefoonnummer").FillAsync("06 1234 5678");
        await page.GetByLabel("Toelichting").FillAsync("Liefst in de ochtend");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terugbelverzoek opslaan" }).ClickAsync();
        await page.WachtOpAsync("**/terugbelverzoeken?voor=alle");
        await page.GotoAsync("/terugbelverzoeken?voor=mij");

        var rij = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Liefst in de ochtend" });
        (await rij.CountAsync()).Should().Be(1);
        (await rij.TextContentAsync()).Should().Contain("06 1234 5678").And.Contain("Belt u mij terug over de mantelzorg?");
        await rij.GetByRole(AriaRole.Button, new() { Name = "Gebeld, afronden" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("Het terugbelverzoek is afgerond.");
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Liefst in de ochtend" }).CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Een_terugbelverzoek_voor_collega_en_team_tegelijk_toont_de_fout_bij_het_veld_zonder_wcag_overtredingen()
    {
        var page = await fixture.NewPageAsync();
        var id = await AanmeldingAsync("Graag terugbellen");
        await page.GotoAsync($"/aanmeldingen/{id}/terugbelverzoek");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("Collega (gebruikersnaam)").FillAsync("loket");
        await page.GetByLabel("Team").SelectOptionAsync("wmo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terugbelverzoek opslaan" }).ClickAsync();

        (await page.Locator("#Formulier_Medewerker-fout").TextContentAsync()).Should().Contain("één collega (gebruikersnaam) of aan één team");
        (await page.Locator("#Formulier_Telefoonnummer-fout").TextContentAsync()).Should().Be("Noteer het nummer waarop teruggebeld wordt.");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }
}
