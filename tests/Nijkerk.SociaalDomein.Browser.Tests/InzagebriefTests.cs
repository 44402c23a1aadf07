using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class InzagebriefTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_opent_de_inzagebrief_met_het_toetsenbord_en_de_brief_is_toegankelijk()
    {
        var api = await fixture.ClientMetSleutelAsync([IntakeRechten.InwonersSchrijven, IntakeRechten.AanmeldingenSchrijven]);
        var aangemaakt = await api.PostAsJsonAsync("/api/v1/inwoners", new { voornamen = "Iris", achternaam = "Inzage", geboortedatum = "1971-06-15", nieuwOndanksGelijkenis = true });
        var id = (await aangemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "inwoner-zelf", vraag = "Ik wil weten wat u van mij weet", urgentie = "normaal", inwonerId = id }))
            .EnsureSuccessStatusCode();

        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GotoAsync($"/beheer/verwerkingen?inwoner={id}");
        await Toetsenbord.DrukAsync(beheer.GetByRole(AriaRole.Link, new() { Name = "Inzagebrief voor deze inwoner (AVG artikel 15)" }));
        await beheer.WachtOpAsync($"**/inwoners/{id}/inzage");

        (await beheer.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Inzage in uw gegevens");
        (await beheer.GetByRole(AriaRole.Heading, new() { Name = "Uw registratie en aanmeldingen" }).CountAsync()).Should().Be(1);
        (await beheer.GetByText("Ik wil weten wat u van mij weet").CountAsync()).Should().BeGreaterThan(0);
        (await beheer.GetByRole(AriaRole.Heading, new() { Name = "Wie uw gegevens gebruikte, en waarvoor" }).CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(beheer)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_loketmedewerker_krijgt_de_inzagebrief_niet()
    {
        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await loket.GotoAsync($"/inwoners/{Guid.CreateVersion7()}/inzage");

        loket.Url.Should().Contain("/geen-toegang", "only the functioneel beheerder handles an inzageverzoek");
    }
}
