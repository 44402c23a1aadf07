using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class VerwerkingenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Een_inzage_via_de_api_en_via_een_pagina_staan_allebei_in_de_verwerkingen_van_de_inwoner()
    {
        var api = await fixture.ClientMetSleutelAsync([IntakeRechten.InwonersSchrijven, IntakeRechten.InwonersLezen]);
        var aangemaakt = await api.PostAsJsonAsync("/api/v1/inwoners", new { voornamen = "Noor", achternaam = "Dekker", geboortedatum = "1992-02-29" });
        var id = (await aangemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.GetAsync($"/api/v1/inwoners/{id}")).EnsureSuccessStatusCode();

        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await loket.GotoAsync($"/inwoners/{id}");
        (await loket.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Noor Dekker");

        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GotoAsync($"/beheer/verwerkingen?inwoner={id}");
        var inzages = beheer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Gegevens van de inwoner ingezien" });

        (await inzages.CountAsync()).Should().Be(2);
        var teksten = await inzages.AllTextContentsAsync();
        teksten.Should().Contain(t => t.Contains("Test loketmedewerker", StringComparison.Ordinal), "the page read was by the signed-in member of staff");
        teksten.Should().Contain(t => t.Contains("Test ", StringComparison.Ordinal) && !t.Contains("loketmedewerker", StringComparison.Ordinal), "the API read was by the key's client");
        teksten.Should().AllSatisfy(t => t.Should().Contain("een hulpvraag registreren"));
    }
}
