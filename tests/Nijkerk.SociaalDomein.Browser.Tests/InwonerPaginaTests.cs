using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class InwonerPaginaTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<Guid> RegistreerViaApiAsync(string voornamen, string achternaam, string geboortedatum, string? bsn = null, bool nieuw = false)
    {
        var api = await fixture.ClientMetSleutelAsync([IntakeRechten.InwonersSchrijven, IntakeRechten.InwonersLezen]);
        var response = await api.PostAsJsonAsync("/api/v1/inwoners",
            new { voornamen, achternaam, geboortedatum, postcode = "3861 AB", huisnummer = 7, bsn, nieuwOndanksGelijkenis = nieuw });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task VulInAsync(IPage page, string voornamen, string achternaam, string geboortedatum)
    {
        await page.GetByLabel("Voornamen").FillAsync(voornamen);
        await page.GetByLabel("Achternaam").FillAsync(achternaam);
        await page.GetByLabel("Geboortedatum").FillAsync(geboortedatum);
    }

    [Fact]
    public async Task Een_gelijkende_inwoner_wordt_getoond_en_het_loket_kiest_die_of_toch_een_nieuwe()
    {
        var bestaand = await RegistreerViaApiAsync("Henk", "Brouwer", "1958-08-18");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync("/inwoners/nieuw");

        await VulInAsync(page, "Hendrik", "Brouwer", "1958-08-18");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwoner registreren" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).First.TextContentAsync()).Should().Contain("lijkt");
        var gebruik = page.GetByRole(AriaRole.Link, new() { Name = "Gebruik deze inwoner: Henk Brouwer" });
        (await gebruik.GetAttributeAsync("href")).Should().Be($"/inwoners/{bestaand}");
        (await page.GetByLabel("Voornamen").InputValueAsync()).Should().Be("Hendrik", "what was typed is kept");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByRole(AriaRole.Button, new() { Name = "Toch nieuw registreren" }).ClickAsync();

        await page.WachtOpAsync(url => url.Contains("/inwoners/", StringComparison.Ordinal) && !url.EndsWith("/nieuw", StringComparison.Ordinal));
        page.Url.Should().NotContain(bestaand.ToString());
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De inwoner is geregistreerd.");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Hendrik Brouwer");

        await page.GotoAsync("/inwoners/nieuw");
        await VulInAsync(page, "H.", "Brouwer", "1958-08-18");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwoner registreren" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gebruik deze inwoner: Henk Brouwer" }).ClickAsync();
        await page.WachtOpAsync($"**/inwoners/{bestaand}");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Henk Brouwer");
    }

    [Fact]
    public async Task Een_onvolledige_registratie_toont_de_fouten_bij_de_velden_zonder_wcag_overtredingen()
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync("/inwoners/nieuw");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("Achternaam").FillAsync("Zonder");
        await page.GetByLabel("BSN").FillAsync("123456789");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inwoner registreren" }).ClickAsync();

        (await page.Locator("#Formulier_Voornamen-fout").TextContentAsync()).Should().Be("Vul de voornamen in.");
        (await page.Locator("#Formulier_Bsn-fout").TextContentAsync()).Should().Be("Het BSN moet uit 9 cijfers bestaan en de elfproef doorstaan.");
        (await page.GetByLabel("Voornamen").GetAttributeAsync("aria-invalid")).Should().Be("true");
        page.Url.Should().NotContain("123456789");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Wie_een_verouderde_versie_opslaat_krijgt_een_melding_en_ziet_de_nieuwe_gegevens()
    {
        var id = await RegistreerViaApiAsync("Mila", "Verbeek", "1988-11-11");
        var eerste = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        var tweede = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await eerste.GotoAsync($"/inwoners/{id}/wijzigen");
        await tweede.GotoAsync($"/inwoners/{id}/wijzigen");
        (await Toegankelijkheid.ControleerAsync(eerste)).Should().BeEmpty();

        await eerste.GetByLabel("Telefoonnummer").FillAsync("06 12 34 56 78");
        await eerste.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await eerste.WachtOpAsync($"**/inwoners/{id}");
        (await eerste.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De gegevens zijn opgeslagen.");

        await tweede.GetByLabel("Telefoonnummer").FillAsync("033 987 65 43");
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        (await tweede.GetByRole(AriaRole.Alert).TextContentAsync()).Should()
            .Contain("Iemand anders heeft deze gegevens intussen gewijzigd; bekijk de nieuwe gegevens en probeer het opnieuw.");
        (await tweede.GetByLabel("Telefoonnummer").InputValueAsync()).Should().Be("06 12 34 56 78");
        (await Toegankelijkheid.ControleerAsync(tweede)).Should().BeEmpty();

        await tweede.GetByLabel("Telefoonnummer").FillAsync("033 987 65 43");
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await tweede.WachtOpAsync($"**/inwoners/{id}");
        (await tweede.Locator("dl").First.TextContentAsync()).Should().Contain("033 987 65 43");
    }

    [Fact]
    public async Task Toon_bsn_laat_het_bsn_zien_zonder_het_in_de_url_te_zetten()
    {
        var id = await RegistreerViaApiAsync("Sem", "Postma", "1979-03-21", bsn: "234567922");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/inwoners/{id}");
        (await page.Locator("#bsn").TextContentAsync()).Should().NotContain("234567922");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByRole(AriaRole.Button, new() { Name = "Toon BSN" }).ClickAsync();

        await page.Locator("#bsn").Filter(new() { HasText = "234567922" }).WaitForAsync();
        page.Url.Should().NotContain("234567922");
    }

    [Fact]
    public async Task Samenvoegen_vanaf_de_inwonerpagina_brengt_de_ander_bij_deze_inwoner()
    {
        var behouden = await RegistreerViaApiAsync("Lotte", "Smulders", "1966-06-16");
        var dubbel = await RegistreerViaApiAsync("Lotte", "Smulders", "1966-06-16", nieuw: true);
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/inwoners/{behouden}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Voeg Lotte Smulders samen met deze inwoner" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("samengevoegd");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Voeg Lotte Smulders samen met deze inwoner" }).CountAsync()).Should().Be(0);
        await page.GotoAsync($"/inwoners/{dubbel}");
        await page.WachtOpAsync($"**/inwoners/{behouden}");
    }
}
