using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// A knelpunt from the loket to beleid through the pages, by keyboard: the loket reports one (a BSN in the description is
/// refused next to the field), beleid finds it in its list and records that it was picked up; every page axe-clean.
/// </summary>
public sealed class KnelpuntenPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static ILocator Hoofdnavigatie(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" });

    [Fact]
    public async Task Het_loket_meldt_een_knelpunt_en_beleid_ziet_het_en_legt_vast_dat_het_is_opgepakt()
    {
        var tekst = $"Geen vervoer naar de dagbesteding vanuit Hoevelaken na vijf uur ({Guid.NewGuid().ToString("N")[..6]})";

        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await Toetsenbord.DrukAsync(Hoofdnavigatie(loket).GetByRole(AriaRole.Link, new() { Name = "Knelpunt melden", Exact = true }));
        await loket.WachtOpAsync("**/knelpunten/nieuw");
        (await loket.GetByText("geen namen of andere persoonsgegevens").CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(loket)).Should().BeEmpty();

        await Toetsenbord.KiesOptieAsync(loket.GetByLabel("Soort knelpunt"), "Gat");
        await Toetsenbord.TypAsync(loket.GetByLabel("Omschrijving", new() { Exact = true }), "Meneer met BSN 999990019 kan niet mee met de taxi");
        await Toetsenbord.DrukAsync(loket.GetByRole(AriaRole.Button, new() { Name = "Knelpunt melden" }));

        (await loket.Locator("#Formulier_Omschrijving-fout").TextContentAsync()).Should().Contain("BSN");
        (await loket.GetByLabel("Soort knelpunt").InputValueAsync()).Should().Be("gat-in-sociale-kaart", "the form keeps what was chosen");
        (await Toegankelijkheid.ControleerAsync(loket)).Should().BeEmpty();

        await Toetsenbord.TypAsync(loket.GetByLabel("Omschrijving", new() { Exact = true }), tekst);
        await Toetsenbord.DrukAsync(loket.GetByRole(AriaRole.Button, new() { Name = "Knelpunt melden" }));
        (await loket.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("Het knelpunt is gemeld aan beleid.");
        var gemeld = loket.GetByRole(AriaRole.Row).Filter(new() { HasText = tekst });
        (await gemeld.TextContentAsync()).Should().Contain("Gat in de sociale kaart").And.Contain("U telt al mee");

        var beleid = await fixture.NewPageAsync(Rollen.Beleid);
        await Toetsenbord.DrukAsync(Hoofdnavigatie(beleid).GetByRole(AriaRole.Link, new() { Name = "Knelpunten", Exact = true }));
        await beleid.WachtOpAsync("**/knelpunten");
        var rij = beleid.GetByRole(AriaRole.Row).Filter(new() { HasText = tekst });
        (await rij.TextContentAsync()).Should().Contain("Open");
        (await Toegankelijkheid.ControleerAsync(beleid)).Should().BeEmpty();

        await Toetsenbord.DrukAsync(rij.GetByRole(AriaRole.Link));
        await beleid.WachtOpAsync(url => url.Contains("/knelpunten/", StringComparison.Ordinal) && !url.EndsWith("/knelpunten", StringComparison.Ordinal));
        (await Toegankelijkheid.ControleerAsync(beleid)).Should().BeEmpty();
        await Toetsenbord.KiesOptieAsync(beleid.GetByLabel("Status", new() { Exact = true }), "Op");
        await Toetsenbord.TypAsync(beleid.GetByLabel("Toelichting"), "Met de vervoerder afgesproken: ook een rit om half zes.");
        await Toetsenbord.DrukAsync(beleid.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }));

        (await beleid.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("Vastgelegd: opgepakt.");
        (await beleid.Locator("#status").TextContentAsync()).Should().Be("Opgepakt");
        var geschiedenis = beleid.GetByRole(AriaRole.Row).Filter(new() { HasText = "Met de vervoerder afgesproken" });
        (await geschiedenis.TextContentAsync()).Should().Contain("Open").And.Contain("Opgepakt");
        (await beleid.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).CountAsync()).Should().Be(0, "an afgehandeld knelpunt is not handled again");
        (await Toegankelijkheid.ControleerAsync(beleid)).Should().BeEmpty();

        // Afgehandeld, it no longer stands among the open ones the loket can count on.
        await loket.ReloadAsync();
        (await loket.GetByRole(AriaRole.Row).Filter(new() { HasText = tekst }).CountAsync()).Should().Be(0);
    }
}
