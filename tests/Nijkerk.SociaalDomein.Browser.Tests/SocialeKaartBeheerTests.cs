using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>The functioneel beheerder keeps the sociale kaart through its pages.</summary>
public sealed class SocialeKaartBeheerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_zet_een_organisatie_en_voorziening_op_de_kaart_en_het_loket_vindt_haar_met_openingstijd()
    {
        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GotoAsync("/beheer/sociale-kaart");
        await beheer.GetByRole(AriaRole.Link, new() { Name = "Nieuwe organisatie" }).ClickAsync();
        await beheer.GetByLabel("Naam", new() { Exact = true }).First.FillAsync("Repair Café Nijkerkerveen");
        var locatie = beheer.Locator("fieldset fieldset").Last;
        await locatie.GetByLabel("Naam").FillAsync("Dorpshuis");
        await locatie.GetByLabel("Plaats").FillAsync("Nijkerkerveen");
        await locatie.GetByLabel("Kern").SelectOptionAsync("Nijkerkerveen");
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        (await beheer.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("De organisatie is opgeslagen");

        await beheer.GetByRole(AriaRole.Link, new() { Name = "Nieuwe voorziening van Repair Café Nijkerkerveen" }).ClickAsync();
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        (await beheer.GetByText("Vul de naam van de voorziening in.").CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(beheer)).Should().BeEmpty();

        await beheer.GetByLabel("Naam", new() { Exact = true }).FillAsync("Repair Café");
        await beheer.GetByLabel("Omschrijving").FillAsync("Samen kapotte spullen repareren in het dorpshuis.");
        await beheer.GetByLabel("Sociaal netwerk").CheckAsync();
        await beheer.GetByLabel("Kosteloos", new() { Exact = true }).CheckAsync();
        await beheer.GetByLabel("Soort").SelectOptionAsync("lokaal-initiatief");
        await beheer.GetByLabel("Dag, regel 1").SelectOptionAsync("3");
        await beheer.GetByLabel("Van, regel 1").FillAsync("13:30");
        await beheer.GetByLabel("Tot, regel 1").FillAsync("16:30");
        await beheer.GetByLabel("Waar, regel 1").SelectOptionAsync(new SelectOptionValue { Label = "Dorpshuis" });
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        (await beheer.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("staat op de sociale kaart");

        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await loket.GotoAsync("/sociale-kaart?zoek=repair&kern=Nijkerkerveen&openOp=2026-12-02");
        (await loket.Locator(".nsd-kaart").Filter(new() { HasText = "Repair Café" }).TextContentAsync()).Should().Contain("wo 13:30–16:30 inloop (Dorpshuis)");
    }

    [Fact]
    public async Task Wie_opslaat_over_de_wijziging_van_een_collega_heen_krijgt_een_melding_en_overschrijft_niets()
    {
        var eerste = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        var tweede = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await eerste.GotoAsync("/sociale-kaart?zoek=taalhuis");
        await eerste.GetByRole(AriaRole.Link, new() { Name = "Taalhuis" }).ClickAsync();
        await eerste.GetByRole(AriaRole.Link, new() { Name = "Bewerken" }).ClickAsync();
        await tweede.GotoAsync(eerste.Url);

        await eerste.GetByLabel("Omschrijving").FillAsync("Hulp bij lezen, schrijven en de computer, elke dinsdag.");
        await eerste.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await tweede.GetByLabel("Omschrijving").FillAsync("Oude tekst van een collega.");
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        (await tweede.GetByRole(AriaRole.Alert).First.TextContentAsync()).Should().Contain("Iemand anders heeft deze voorziening intussen gewijzigd");
        (await tweede.GetByLabel("Omschrijving").InputValueAsync()).Should().Be("Oude tekst van een collega.", "what was typed is kept to copy over");
        await eerste.ReloadAsync();
        (await eerste.GetByLabel("Omschrijving").InputValueAsync()).Should().Be("Hulp bij lezen, schrijven en de computer, elke dinsdag.");
    }

    [Theory]
    [InlineData("/beheer/sociale-kaart")]
    [InlineData("/beheer/sociale-kaart/organisaties")]
    public async Task De_beheerpagina_van_de_kaart_heeft_geen_wcag_21_aa_overtredingen(string path)
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GotoAsync(path);

        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_loketmedewerker_komt_niet_in_het_beheer_van_de_kaart()
    {
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync("/beheer/sociale-kaart");

        page.Url.Should().Contain("geen-toegang");
    }
}
