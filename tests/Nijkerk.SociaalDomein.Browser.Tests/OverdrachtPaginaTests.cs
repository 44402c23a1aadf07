using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Browser.Tests.Toetsenbord;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class OverdrachtPaginaTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>An overdracht offered to the team of the expertise, for a new inwoner; answers its id.</summary>
    private static async Task<Guid> AangebodenAsync(HttpClient api, string voornaam, string achternaam, string expertise)
    {
        var route = new VraagRoute(api);
        var (aanmelding, vraagverheldering) = await route.DoorgezetMetAanmeldingAsync(await route.InwonerAsync(voornaam, achternaam), "Het lukt thuis niet meer");
        (await route.RondAfMetOverdrachtAsync(vraagverheldering, expertise)).StatusCode.Should().Be(HttpStatusCode.Created);
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lijst = await api.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100");
            var gevonden = lijst.GetProperty("resultaten").EnumerateArray().FirstOrDefault(o => o.GetProperty("aanmeldingId").GetGuid() == aanmelding);
            if (gevonden.ValueKind == JsonValueKind.Object)
            {
                return gevonden.GetProperty("id").GetGuid();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Geen overdracht aangeboden.");
    }

    /// <summary>A page signed in as a vakspecialist of this team.</summary>
    private async Task<IPage> VakspecialistAsync(string naam, string team)
    {
        var page = await fixture.AnoniemePaginaAsync();
        await BrowserFixture.LogInAsync(page, await fixture.MaakMedewerkerAsync(naam, Rollen.Vakspecialist, team), ApiFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task De_wmo_vakspecialist_accepteert_vanuit_de_werkvoorraad_van_zijn_team_met_het_toetsenbord()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var wmo = await AangebodenAsync(api, "Bram", "Brouwer", "wmo-2015");
        var jeugd = await AangebodenAsync(api, "Joris", "Jansen", "jeugd");
        var page = await VakspecialistAsync("Wilma Wmo", "wmo");

        await DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Overdrachten", Exact = true }));
        await page.WachtOpAsync("**/overdrachten");
        var rij = page.Locator($"tbody tr[data-id='{wmo}']");
        (await rij.TextContentAsync()).Should().Contain("Bram Brouwer").And.Contain("Wmo").And.Contain("Aangeboden");
        (await page.Locator($"tbody tr[data-id='{jeugd}']").CountAsync()).Should().Be(0, "a Wmo vakspecialist does not see Jeugd's overdrachten");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await DrukAsync(rij.GetByRole(AriaRole.Link, new() { Name = "Bram Brouwer" }));
        await page.WachtOpAsync($"**/overdrachten/{wmo}");
        (await page.Locator("#samenvatting").TextContentAsync()).Should().NotBeNullOrWhiteSpace();
        (await page.Locator("#hulpvragen").TextContentAsync()).Should().Contain("Hulp bij wmo-2015");
        (await page.Locator("#contact").TextContentAsync()).Should().Contain("Bram Brouwer");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Overdracht accepteren" }));
        (await page.GetByText("Geef het telefoonnummer waarop").CountAsync()).Should().Be(1);
        (await page.GetByText("Geef aan of de samenvatting voldoende was").CountAsync()).Should().Be(1);
        (await page.GetByLabel("Uw telefoonnummer voor de inwoner").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await TypAsync(page.GetByLabel("Uw telefoonnummer voor de inwoner"), "033 247 55 66");
        await KiesAsync(page.GetByLabel("Ja, ik hoefde de inwoner niets opnieuw te vragen"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Overdracht accepteren" }));

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("aanspreekpunt").And.Contain("033 247 55 66");
        (await page.Locator("#aanspreekpunt").TextContentAsync()).Should().Contain("Wilma Wmo").And.Contain("033 247 55 66");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Overdracht accepteren" }).CountAsync()).Should().Be(0);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/overdrachten/{wmo}");
        detail.GetProperty("status").GetString().Should().Be("geaccepteerd");
        detail.GetProperty("aanspreekpunt").GetProperty("samenvattingVoldoende").GetBoolean().Should().BeTrue();

        await DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Mijn inwoners" }));
        await page.WachtOpAsync("**/overdrachten/mijn-inwoners");
        (await page.Locator($"tbody tr[data-id='{wmo}']").TextContentAsync()).Should().Contain("Bram Brouwer").And.Contain("033 247 55 66");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_wmo_vakspecialist_krijgt_de_pagina_niet_gevonden_voor_een_overdracht_aan_jeugd()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var jeugd = await AangebodenAsync(api, "Jet", "Jeugdig", "jeugd");
        var page = await VakspecialistAsync("Wilma Wmo", "wmo");

        var response = await page.GotoAsync($"/overdrachten/{jeugd}");

        response!.Status.Should().Be(404);
        (await page.ContentAsync()).Should().NotContain("Jet Jeugdig").And.NotContain("Overdracht accepteren");
    }

    [Fact]
    public async Task Terugleggen_zonder_reden_geeft_een_melding_bij_het_veld_en_met_reden_gaat_het_terug_naar_het_loket()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var id = await AangebodenAsync(api, "Tom", "Terug", "inkomen");
        var page = await VakspecialistAsync("Wim Werk", "werk-inkomen");
        await page.GotoAsync($"/overdrachten/{id}");

        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Overdracht terugleggen" }));
        (await page.GetByLabel("Reden").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.GetByText("Kies de reden waarom").CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("Reden").SelectOptionAsync("ander-team");
        await TypAsync(page.GetByLabel("Toelichting"), "Dit is een vraag voor Jeugd & Onderwijs.");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Overdracht terugleggen" }));
        await page.WachtOpAsync("**/overdrachten");

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("teruggelegd");
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/overdrachten/{id}");
        detail.GetProperty("status").GetString().Should().Be("teruggelegd");
        detail.GetProperty("teruglegging").GetProperty("toelichting").GetString().Should().Contain("Jeugd & Onderwijs");
    }
}
