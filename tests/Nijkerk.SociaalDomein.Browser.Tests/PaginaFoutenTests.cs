using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>What a page answers when a command refuses, now that one filter says it instead of a catch block per page.</summary>
public sealed class PaginaFoutenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/aanmeldingen/5d1a3c2e-0000-4000-8000-000000000404")]
    [InlineData("/inwoners/5d1a3c2e-0000-4000-8000-000000000404/wijzigen")]
    [InlineData("/een-adres-dat-niet-bestaat")]
    public async Task Wat_niet_bestaat_toont_de_nederlandse_pagina_niet_gevonden_met_status_404(string adres)
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);

        var antwoord = await page.GotoAsync(adres);

        antwoord!.Status.Should().Be(404);
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Niet gevonden");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_onbekende_api_route_blijft_problem_json()
    {
        using var api = new HttpClient { BaseAddress = fixture.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", await fixture.MaakSleutelAsync(ApiFactory.AlleScopes));

        var antwoord = await api.GetAsync($"/api/v1/aanmeldingen/{Guid.NewGuid()}");

        ((int)antwoord.StatusCode).Should().Be(404);
        antwoord.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Wie_een_aanmelding_neemt_die_een_collega_net_nam_ziet_wie_haar_behandelt()
    {
        using var api = new HttpClient { BaseAddress = fixture.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", await fixture.MaakSleutelAsync(ApiFactory.AlleScopes));
        var response = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "netwerk", vraag = "Hulp bij de administratie", urgentie = "normaal" });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var collega = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        var ik = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await collega.GotoAsync($"/aanmeldingen/{id}");
        await ik.GotoAsync($"/aanmeldingen/{id}");

        await collega.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" }).ClickAsync();
        await ik.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" }).ClickAsync();

        (await ik.GetByRole(AriaRole.Alert).TextContentAsync()).Should().Contain("behandelt deze aanmelding al.");
        (await ik.Locator("#behandelaar").TextContentAsync()).Should().NotStartWith("Door mij");
        (await Toegankelijkheid.ControleerAsync(ik)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_geweigerde_dienst_toont_de_melding_bij_het_veld_en_houdt_wat_er_getypt_is()
    {
        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GotoAsync("/beheer/dienst");
        await beheer.GetByLabel("Naam").FillAsync("Kees Dienstdoende");
        await beheer.GetByLabel("Telefoon").FillAsync("bel mij");

        await beheer.GetByRole(AriaRole.Button, new() { Name = "Dienst instellen" }).ClickAsync();

        (await beheer.Locator("#Formulier_Telefoon-fout").TextContentAsync()).Should().Be("Vul een telefoonnummer in, bijvoorbeeld 033 123 45 67.");
        (await beheer.GetByLabel("Telefoon").GetAttributeAsync("aria-describedby")).Should().Be("Formulier_Telefoon-fout");
        (await beheer.GetByLabel("Telefoon").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await beheer.GetByLabel("Naam").GetAttributeAsync("aria-invalid")).Should().BeNull("a valid field is not marked invalid");
        (await beheer.GetByLabel("Telefoon").InputValueAsync()).Should().Be("bel mij");
        (await beheer.GetByLabel("Naam").InputValueAsync()).Should().Be("Kees Dienstdoende");
        (await Toegankelijkheid.ControleerAsync(beheer)).Should().BeEmpty();
    }
}
