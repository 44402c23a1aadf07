using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class AanmeldingFormulierTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Een_onvolledige_aanmelding_toont_de_fouten_bij_de_velden_en_een_volledige_verschijnt_in_de_lijst()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/aanmeldingen/nieuw");

        await page.GetByLabel("Vraag").FillAsync("Ik weet niet hoe ik bijzondere bijstand aanvraag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();

        (await page.Locator("#Formulier_Kanaal-fout").TextContentAsync()).Should().Be("Kies het kanaal waarlangs de vraag binnenkwam.");
        (await page.Locator("#Formulier_Bron-fout").TextContentAsync()).Should().Be("Kies van wie de vraag komt.");
        (await page.Locator("#Formulier_Vraag-fout").CountAsync()).Should().Be(0, "the question was filled in");
        (await page.GetByLabel("Vraag").InputValueAsync()).Should().Be("Ik weet niet hoe ik bijzondere bijstand aanvraag", "what was typed is kept");
        (await page.GetByLabel("Kanaal").GetAttributeAsync("aria-invalid")).Should().Be("true");

        await page.GetByLabel("Kanaal").SelectOptionAsync(new SelectOptionValue { Label = "Balie" });
        await page.GetByLabel("Bron").SelectOptionAsync(new SelectOptionValue { Label = "Netwerk (familie, buren)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();

        await page.WachtOpAsync("**/aanmeldingen?nieuw=*");
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De aanmelding is geregistreerd.");
        var rij = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ik weet niet hoe ik bijzondere bijstand aanvraag" });
        (await rij.CountAsync()).Should().Be(1);
        (await rij.TextContentAsync()).Should().Contain("Balie").And.Contain("Open");
    }

    [Fact]
    public async Task Een_aanmelding_doorzetten_vanuit_de_lijst_zet_haar_in_de_werkvoorraad()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/aanmeldingen/nieuw");
        await page.GetByLabel("Kanaal").SelectOptionAsync("telefoon");
        await page.GetByLabel("Bron").SelectOptionAsync("verwijzer");
        await page.GetByLabel("Vraag").FillAsync("De huisarts maakt zich zorgen over mevrouw");
        await page.GetByLabel("Organisatie van de melder").FillAsync("Huisartsenpraktijk De Bron");
        await page.Locator("#InwonerOpDeHoogte-ja").CheckAsync();
        await page.Locator("#InwonerStemtIn-ja").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();
        await page.WachtOpAsync("**/aanmeldingen?nieuw=*");

        var rij = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "De huisarts maakt zich zorgen over mevrouw" });
        await rij.GetByRole(AriaRole.Button, new() { Name = "Doorzetten naar vraagverheldering" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("doorgezet naar vraagverheldering");
        await Expect(async () =>
        {
            await page.GotoAsync("/vraagverhelderingen");
            return await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "De huisarts maakt zich zorgen over mevrouw" }).CountAsync();
        });
    }

    [Fact]
    public async Task Een_aanmelding_namens_haar_vader_met_onderwerpen_en_transparantie_wordt_zo_vastgelegd()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/aanmeldingen/nieuw");
        await page.GetByLabel("Kanaal").SelectOptionAsync("telefoon");
        await page.GetByLabel("Bron").SelectOptionAsync("netwerk");
        await page.GetByLabel("Naam van de melder").FillAsync("Anna de Vries");
        await page.GetByLabel("Relatie tot de inwoner").FillAsync("dochter");
        await page.GetByLabel("Vraag").FillAsync("Mijn vader kan zich niet meer zelf wassen");
        await page.GetByLabel("Basale ADL").CheckAsync();
        await page.GetByLabel("Sociaal netwerk").CheckAsync();
        await page.GetByLabel("De inwoner is verteld wat we vastleggen en waarom").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();

        await page.WachtOpAsync("**/aanmeldingen?nieuw=*");
        var id = new Uri(page.Url).Query.Split('=')[1];
        var api = await fixture.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen]);
        var aanmelding = await api.GetFromJsonAsync<JsonElement>($"/api/v1/aanmeldingen/{id}");
        aanmelding.GetProperty("melder").GetProperty("naam").GetString().Should().Be("Anna de Vries");
        aanmelding.GetProperty("melder").GetProperty("relatie").GetString().Should().Be("dochter");
        aanmelding.GetProperty("onderwerpen").EnumerateArray().Select(o => o.GetString()).Should().BeEquivalentTo("basale-adl", "sociaal-netwerk");
        aanmelding.GetProperty("transparantie").GetProperty("gegeven").GetBoolean().Should().BeTrue();
        aanmelding.GetProperty("transparantie").GetProperty("door").GetString().Should().StartWith("Test");
    }

    [Fact]
    public async Task Een_partnersignaal_zonder_organisatie_en_instemming_toont_de_fouten_bij_die_velden_zonder_wcag_overtredingen()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/aanmeldingen/nieuw");
        await page.GetByLabel("Kanaal").SelectOptionAsync("e-mail");
        await page.GetByLabel("Bron").SelectOptionAsync("vindplaats");
        await page.GetByLabel("Vraag").FillAsync("Signaal van de woningcorporatie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();

        (await page.Locator("#Formulier_Melder_Organisatie-fout").TextContentAsync()).Should().Be("Noteer van welke organisatie het signaal komt.");
        (await page.Locator("#InwonerOpDeHoogte-fout").TextContentAsync()).Should().Be("Geef aan of de inwoner weet dat dit signaal wordt doorgegeven.");
        (await page.Locator("#InwonerStemtIn-fout").CountAsync()).Should().Be(1);
        (await page.GetByLabel("Vraag").InputValueAsync()).Should().Be("Signaal van de woningcorporatie");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/aanmeldingen/nieuw")]
    [InlineData("/aanmeldingen")]
    [InlineData("/vraagverhelderingen")]
    [InlineData("/terugbelverzoeken")]
    public async Task De_pagina_heeft_geen_wcag_21_aa_overtredingen(string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);

        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Het_formulier_met_fouten_heeft_geen_wcag_21_aa_overtredingen()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/aanmeldingen/nieuw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();
        await page.Locator("#Formulier_Kanaal-fout").WaitForAsync();

        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    // The event crosses modules in the background: look again until it shows, for at most ten seconds.
    private static async Task Expect(Func<Task<int>> count)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        var found = await count();
        while (found == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            found = await count();
        }

        found.Should().Be(1);
    }
}
