using System.Net;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class BeheerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_maakt_een_account_aan_waarmee_de_nieuwe_collega_kan_inloggen()
    {
        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GotoAsync("/beheer/gebruikers");

        await beheer.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        (await beheer.Locator("#nieuw-Gebruikersnaam-fout").TextContentAsync()).Should().Be("Vul een gebruikersnaam in.");
        (await beheer.Locator("#nieuw-Rollen-fout").TextContentAsync()).Should().Be("Kies ten minste één rol.");

        await beheer.GetByLabel("Gebruikersnaam").FillAsync("nieuwe.collega");
        await beheer.GetByLabel("Naam", new() { Exact = true }).FillAsync("Nina Nieuw");
        await beheer.GetByLabel("Eerste wachtwoord").FillAsync("een-lang-eerste-wachtwoord");
        await beheer.Locator("form[action*=Maak]").GetByLabel("Loketmedewerker").CheckAsync();
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        (await beheer.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("nieuwe.collega is aangemaakt");

        var collega = await fixture.AnoniemePaginaAsync();
        await BrowserFixture.LogInAsync(collega, "nieuwe.collega", "een-lang-eerste-wachtwoord");
        await collega.WachtOpAsync(new Uri(fixture.BaseAddress, "/").ToString());
        (await collega.GetByRole(AriaRole.Link, new() { Name = "Nieuwe aanmelding" }).CountAsync()).Should().BeGreaterThan(0);
        (await collega.GetByRole(AriaRole.Link, new() { Name = "API-sleutels" }).CountAsync()).Should().Be(0, "a loketmedewerker does not manage access");
    }

    [Fact]
    public async Task Een_uitgegeven_sleutel_is_eenmaal_te_zien_werkt_en_werkt_niet_meer_na_intrekken()
    {
        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GotoAsync("/beheer/api-sleutels");
        await beheer.GetByLabel("Naam van het systeem").FillAsync("Telefonie KCC");
        await beheer.GetByLabel(IntakeRechten.AanmeldingenLezen).CheckAsync();
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Sleutel uitgeven" }).ClickAsync();

        var sleutel = (await beheer.Locator("#nieuwe-sleutel").TextContentAsync())!;
        sleutel.Should().StartWith(ApiSleutels.Voorvoegsel);
        var api = fixture.CreateClient();
        api.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, sleutel);
        (await api.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);

        await beheer.GotoAsync("/beheer/api-sleutels");
        (await beheer.Locator("#nieuwe-sleutel").CountAsync()).Should().Be(0, "the key is shown once");
        (await beheer.ContentAsync()).Should().NotContain(sleutel);
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Intrekken: Telefonie KCC" }).ClickAsync();

        (await api.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/beheer/gebruikers")]
    [InlineData("/beheer/api-sleutels")]
    [InlineData("/beheer/verwerkingen")]
    [InlineData("/beheer/sociale-kaart/te-controleren")]
    public async Task De_beheerpagina_heeft_geen_wcag_21_aa_overtredingen(string path)
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GotoAsync(path);

        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }
}
