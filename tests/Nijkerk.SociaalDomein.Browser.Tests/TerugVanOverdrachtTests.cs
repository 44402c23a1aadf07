using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>A laid-back overdracht on the aanmelding page and in the loket's werkvoorraad: the reason, the team, the count.</summary>
public sealed class TerugVanOverdrachtTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task PubliceerAsync(IEvent gebeurtenis)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(gebeurtenis);
    }

    private async Task<(Guid Aanmelding, Guid Overdracht)> TeruggelegdAsync(string vraag)
    {
        var api = new HttpClient { BaseAddress = fixture.BaseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", await fixture.MaakSleutelAsync(ApiFactory.AlleScopes));
        var geregistreerd = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "inwoner-zelf", vraag, urgentie = "normaal" });
        geregistreerd.EnsureSuccessStatusCode();
        var aanmelding = (await geregistreerd.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/doorzetting", null)).EnsureSuccessStatusCode();
        var aangeboden = new OverdrachtAangeboden(
            Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), aanmelding, null, "werk-inkomen", null, ["inkomen"], DateTimeOffset.UtcNow.AddDays(2), null);
        await PubliceerAsync(aangeboden);
        await PubliceerAsync(new OverdrachtTeruggelegd(
            Guid.CreateVersion7(), DateTimeOffset.UtcNow, aangeboden.OverdrachtId, aanmelding, null, "werk-inkomen", null, "niet-ons-team",
            "Hoort niet bij ons team", "Dit is een Wmo-vraag."));
        return (aanmelding, aangeboden.OverdrachtId);
    }

    [Fact]
    public async Task De_aanmeldingpagina_toont_de_kastje_muurtelling_en_de_reden_met_een_link_om_opnieuw_te_routeren()
    {
        var (aanmelding, overdracht) = await TeruggelegdAsync("Ik heb hulp nodig in het huishouden");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);

        await page.GotoAsync($"/aanmeldingen/{aanmelding}");

        (await page.Locator("#kastje-muur").TextContentAsync()).Should().Be("1 overdracht, waarvan 1 teruggelegd");
        var terug = page.Locator($".nsd-teruggelegd[data-overdracht='{overdracht}']");
        (await terug.TextContentAsync()).Should().Contain("Teruggelegd door Werk & Inkomen").And.Contain("Hoort niet bij ons team").And.Contain("Dit is een Wmo-vraag.");
        (await terug.GetByRole(Microsoft.Playwright.AriaRole.Link).GetAttributeAsync("href")).Should().Be($"/overdrachten/{overdracht}");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task De_werkvoorraad_markeert_de_teruggelegde_aanmelding_met_team_en_reden()
    {
        var (aanmelding, overdracht) = await TeruggelegdAsync("Mijn zoon kan niet naar school");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);

        await page.GotoAsync("/werkvoorraad?overdracht=teruggelegd");

        var rij = page.Locator($"tr[data-id='{aanmelding}']");
        (await rij.GetAttributeAsync("class")).Should().Contain("nsd-terug-van-overdracht");
        (await rij.TextContentAsync()).Should().Contain("Teruggelegd door Werk & Inkomen:").And.Contain("Hoort niet bij ons team");
        (await rij.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Opnieuw routeren" }).GetAttributeAsync("href")).Should().Be($"/overdrachten/{overdracht}");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }
}
