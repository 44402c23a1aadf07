using System.Globalization;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Browser.Tests.Toetsenbord;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// The plan page as the regisseur works it, with the keyboard and without JavaScript: a refused form shows the messages
/// next to its fields, a colleague's change since the page was drawn is a Dutch message naming who changed what and is
/// not overwritten; the printable plan shows the household's doelen and acties and leaves the beperkt ones and the
/// navigation off paper. Axe finds nothing on the pages it can run on (not without JavaScript).
/// </summary>
public sealed class PlanPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static string Datum(int dagen) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(dagen)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A running plan with a regisseur of this name, started through the real route; the key assigns (regie:toewijzen is
    /// a scope). Answers the plan id and the regisseur's user name.
    /// </summary>
    private async Task<(Guid Plan, string Gebruikersnaam)> PlanAsync(string achternaam, string regisseurNaam)
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var gebruikersnaam = await fixture.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur);
        var (_, plan, _) = await new RegieRoute(api, api).PlanAsync(achternaam, regisseurNaam);
        return (plan, gebruikersnaam);
    }

    /// <summary>The regisseur adds a doel through the page's form.</summary>
    private static async Task DoelAsync(IPage page, string leefgebied, string omschrijving, string? beperktVoorTeam = null)
    {
        await page.GetByLabel("Leefgebied", new() { Exact = true }).SelectOptionAsync(leefgebied);
        await page.GetByLabel("Wat wil het huishouden bereiken?").FillAsync(omschrijving);
        if (beperktVoorTeam is not null)
        {
            await page.GetByLabel("Wie ziet dit doel?").SelectOptionAsync("beperkt");
            await page.GetByLabel("Verantwoordelijk team").SelectOptionAsync(beperktVoorTeam);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("doel is toegevoegd");
    }

    /// <summary>The regisseur adds an actie through the page's form; a team's actie names the team and a phone number.</summary>
    private static async Task ActieAsync(IPage page, string omschrijving, string soort, string wie, string? team = null, bool beperkt = false)
    {
        await page.GetByLabel("Wat gebeurt er?").FillAsync(omschrijving);
        await page.GetByLabel("Wie is verantwoordelijk?").SelectOptionAsync(soort);
        await page.GetByLabel("Naam of functie van de verantwoordelijke").FillAsync(wie);
        if (team is not null)
        {
            await page.GetByLabel("Team (als een team verantwoordelijk is)").SelectOptionAsync(team);
            await page.GetByLabel("Telefoonnummer van de verantwoordelijke").FillAsync("033 247 11 11");
        }

        await page.GetByLabel("Klaar op").FillAsync(Datum(14));
        if (beperkt)
        {
            await page.GetByLabel("Wie ziet deze actie?").SelectOptionAsync("beperkt");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("actie is toegevoegd");
    }

    private async Task<IPage> IngelogdAsync(string gebruikersnaam, bool javascript = true)
    {
        var page = await fixture.AnoniemePaginaAsync(javascript);
        await BrowserFixture.LogInAsync(page, gebruikersnaam, ApiFactory.Wachtwoord);
        await page.WachtOpAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
        return page;
    }

    [Fact]
    public async Task De_regisseur_vult_het_plan_met_het_toetsenbord_en_een_fout_formulier_toont_de_meldingen_bij_de_velden()
    {
        var (plan, gebruikersnaam) = await PlanAsync("Toetsenplan", "Rita Regie");
        var page = await IngelogdAsync(gebruikersnaam);
        await page.GotoAsync($"/plannen/{plan}");
        (await page.Locator("#regisseur").TextContentAsync()).Should().Contain("Rita Regie").And.Contain("033 247 12 34");
        (await page.Locator("#leden").TextContentAsync()).Should().Contain("Toetsenplan");
        (await page.Locator("#teams").TextContentAsync()).Should().Contain("Werk & Inkomen").And.Contain("Jeugd & Onderwijs");
        (await page.Locator("a[href$='/escalatie']").CountAsync()).Should().Be(1);
        (await page.Locator("a[href$='/afsluiting']").CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }));
        (await page.Locator("#Doel_Leefgebied-fout").TextContentAsync()).Should().Be("Kies het leefgebied waar het doel bij hoort.");
        (await page.GetByLabel("Wat wil het huishouden bereiken?").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await KiesOptieAsync(page.GetByLabel("Leefgebied", new() { Exact = true }), "Fin");
        await TypAsync(page.GetByLabel("Wat wil het huishouden bereiken?"), "Wij willen weer rondkomen.");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }));
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("doel is toegevoegd");
        (await page.Locator("#doelen").TextContentAsync()).Should().Contain("Wij willen weer rondkomen.");

        await TypAsync(page.GetByLabel("Wat gebeurt er?"), "Samen de post openen");
        await KiesOptieAsync(page.GetByLabel("Wie is verantwoordelijk?"), "Iemand");
        await TypAsync(page.GetByLabel("Naam of functie van de verantwoordelijke"), "Buurman Henk");
        await page.GetByLabel("Klaar op").FillAsync(Datum(-2));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }));
        (await page.Locator("#Actie_Deadline-fout").TextContentAsync()).Should().Contain("verleden");
        (await page.GetByLabel("Naam of functie van de verantwoordelijke").InputValueAsync()).Should().Be("Buurman Henk");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("Klaar op").FillAsync(Datum(7));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }));
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("actie is toegevoegd");
        var rij = page.Locator("#acties tbody tr").First;
        (await rij.TextContentAsync()).Should().Contain("Samen de post openen").And.Contain("Buurman Henk");

        await KiesOptieAsync(rij.GetByRole(AriaRole.Combobox), "Bez");
        await DrukAsync(rij.GetByRole(AriaRole.Button, new() { Name = "Status opslaan" }));
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("status van de actie is gewijzigd");

        await page.GetByLabel("Datum van het akkoord").FillAsync(Datum(0));
        await KiesAsync(page.GetByLabel("Mondeling"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Akkoord vastleggen" }));
        (await page.Locator("#akkoord").TextContentAsync()).Should().Contain("mondeling");
        (await page.Locator("#geschiedenis").TextContentAsync()).Should().Contain("Doel toegevoegd").And.Contain("Actie: status bezig").And.Contain("Rita Regie");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Zonder_javascript_toont_een_verouderde_wijziging_wie_wat_wijzigde_en_overschrijft_niets()
    {
        var (plan, gebruikersnaam) = await PlanAsync("Zonderscriptplan", "Ruud Regie");
        var page = await IngelogdAsync(gebruikersnaam, javascript: false);
        await page.GotoAsync($"/plannen/{plan}");
        await ActieAsync(page, "Aanvraag bijzondere bijstand", "team", "Consulent", "werk-inkomen");
        var actie = Guid.Parse((await page.Locator("#acties tbody tr").First.GetAttributeAsync("data-id"))!);

        // A colleague of Werk & Inkomen marks it done on his own page, after the regisseur's page was drawn.
        var collega = await IngelogdAsync(await fixture.MaakMedewerkerAsync("Wilma Werk", Rollen.Vakspecialist, "werk-inkomen"));
        await collega.GotoAsync($"/plannen/{plan}");
        var zijnRij = collega.Locator($"#acties tbody tr[data-id='{actie}']");
        await zijnRij.GetByRole(AriaRole.Combobox).SelectOptionAsync("gedaan");
        await zijnRij.GetByRole(AriaRole.Button, new() { Name = "Status opslaan" }).ClickAsync();
        (await collega.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("status van de actie is gewijzigd");

        var rij = page.Locator($"#acties tbody tr[data-id='{actie}']");
        await rij.GetByRole(AriaRole.Combobox).SelectOptionAsync("vervallen");
        await DrukAsync(rij.GetByRole(AriaRole.Button, new() { Name = "Status opslaan" }));

        (await page.Locator("#weigering").TextContentAsync()).Should().Contain("Wilma Werk").And.Contain("gedaan");
        (await page.Locator("#weigering").GetAttributeAsync("role")).Should().Be("alert");
        await page.GotoAsync($"/plannen/{plan}");
        (await page.Locator($"#status-{actie}").InputValueAsync()).Should().Be("gedaan", "the colleague's change is kept");
        (await page.Locator("#geschiedenis").TextContentAsync()).Should().Contain("Actie: status gedaan, door Wilma Werk").And.NotContain("vervallen");
    }

    [Fact]
    public async Task Het_afdrukbare_plan_toont_doelen_en_acties_in_gewone_taal_zonder_de_beperkte_en_zonder_navigatie_op_papier()
    {
        var (plan, gebruikersnaam) = await PlanAsync("Afdrukplan", "Rosa Regie");
        var page = await IngelogdAsync(gebruikersnaam);
        await page.GotoAsync($"/plannen/{plan}");
        await DoelAsync(page, "huisvesting", "Een eigen huis voor ons gezin.");
        await DoelAsync(page, "werk-opleiding", "Vertrouwelijk doel", beperktVoorTeam: "werk-inkomen");
        await ActieAsync(page, "Inschrijven als woningzoekende", "inwoner", "Moeder");
        await ActieAsync(page, "Vertrouwelijke afspraak", "team", "Consulent", "werk-inkomen", beperkt: true);

        await page.GotoAsync($"/plannen/{plan}/afdruk");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Wat wij samen willen bereiken" }).CountAsync()).Should().Be(1);
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Wie doet wat, wanneer" }).CountAsync()).Should().Be(1);
        (await page.Locator("#doelen").TextContentAsync()).Should().Contain("Een eigen huis voor ons gezin.");
        (await page.Locator("#acties").TextContentAsync()).Should().Contain("Inschrijven als woningzoekende").And.Contain("U zelf");
        (await page.Locator("#regisseur").TextContentAsync()).Should().Contain("Rosa Regie").And.Contain("033 247 12 34");
        (await page.ContentAsync()).Should().NotContain("Vertrouwelijk");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).IsVisibleAsync()).Should().BeFalse("nothing but the plan goes on paper");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar het plan" }).IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("#acties").IsVisibleAsync()).Should().BeTrue();
    }
}
