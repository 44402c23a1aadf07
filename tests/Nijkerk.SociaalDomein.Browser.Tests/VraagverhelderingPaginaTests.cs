using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Browser.Tests.Toetsenbord;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class VraagverhelderingPaginaTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Een_vraagverheldering_van_werkvoorraad_tot_overdracht_met_alleen_het_toetsenbord()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(api);
        var inwoner = await route.InwonerAsync("Fatma", "Yilmaz", kern: "Hoevelaken");
        await route.ToestemmingAsync(inwoner);
        var id = await route.DoorgezetAsync(inwoner, "Ik kom niet rond en mijn moeder kan niet meer alleen", "hoog");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);

        await DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Vraagverheldering" }));
        await page.WachtOpAsync("**/vraagverhelderingen");
        var rij = page.Locator($"tbody tr[data-id='{id}']");
        (await rij.TextContentAsync()).Should().Contain("Fatma").And.Contain("Ik kom niet rond").And.Contain("Vrij");
        (await page.ContentAsync()).Should().NotContainAny("BSN", "bsn");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await DrukAsync(rij.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" }));
        await page.WachtOpAsync($"**/vraagverhelderingen/{id}");
        (await page.Locator("#behandelaar").TextContentAsync()).Should().StartWith("Door mij");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await VoerUitMetToetsenbordAsync(page, metJavascript: true);

        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        await ControleerAfgerondAsync(page, api, id);
    }

    [Fact]
    public async Task Zonder_javascript_gaat_dezelfde_vraagverheldering_ook_tot_overdracht()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(api);
        var inwoner = await route.InwonerAsync("Jan", "Zonderscript", kern: "Hoevelaken");
        await route.ToestemmingAsync(inwoner);
        var id = await route.DoorgezetAsync(inwoner, "Mijn rekeningen en mijn moeder", "hoog");
        var page = await fixture.AnoniemePaginaAsync(javascript: false);
        await BrowserFixture.LogInAsync(page, await fixture.MaakGebruikerAsync(Rollen.Loketmedewerker), ApiFactory.Wachtwoord);
        await page.WachtOpAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));

        await page.GotoAsync("/vraagverhelderingen?behandelaar=vrij&kern=Hoevelaken");
        var rij = page.Locator($"tbody tr[data-id='{id}']");
        await DrukAsync(rij.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" }));
        await page.WachtOpAsync($"**/vraagverhelderingen/{id}");

        await VoerUitMetToetsenbordAsync(page, metJavascript: false);

        await ControleerAfgerondAsync(page, api, id);
    }

    [Fact]
    public async Task Een_tweede_vraagverheldering_van_dezelfde_inwoner_toont_de_eerdere_scores()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(api);
        var inwoner = await route.InwonerAsync("Petra", "Eerder", kern: "Hoevelaken");
        var eerste = await route.DoorgezetAsync(inwoner, "Schulden", "hoog");
        (await api.PostAsync($"/api/v1/vraagverhelderingen/{eerste}/behandelaar", null)).EnsureSuccessStatusCode();
        var versie = (await api.GetAsync($"/api/v1/vraagverhelderingen/{eerste}")).Headers.ETag!.Tag;
        var score = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/vraagverhelderingen/{eerste}/leefgebieden/financien")
        {
            Content = JsonContent.Create(new { score = 2, toelichting = "Betalingsachterstanden" }),
        };
        score.Headers.TryAddWithoutValidation("If-Match", versie);
        (await api.SendAsync(score)).EnsureSuccessStatusCode();
        var tweede = await route.DoorgezetAsync(inwoner, "Het gaat weer mis met geld", "hoog");

        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/vraagverhelderingen/{tweede}");

        (await page.Locator("#eerder-financien").TextContentAsync()).Should().Contain("Eerder: 2 niet zelfredzaam").And.Contain("Betalingsachterstanden");
        (await page.Locator("#scoretabel tr[data-leefgebied='financien']").TextContentAsync()).Should().Contain("2 niet zelfredzaam");
        (await page.Locator("svg[role='img'] .nsd-balk-eerder").CountAsync()).Should().Be(1);
        (await page.Locator("#eerder-werk-opleiding").CountAsync()).Should().Be(0);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_verouderde_score_en_een_gesprek_zonder_vorm_geven_een_nederlandse_melding_en_bewaren_niets()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(api);
        var inwoner = await route.InwonerAsync("Kees", "Verouderd", kern: "Hoevelaken");
        var id = await route.DoorgezetAsync(inwoner, "Ik red het niet meer thuis", "hoog");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/vraagverhelderingen/{id}");
        await DrukAsync(page.Locator("#behandelen").GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" }));
        await page.Locator("#gesprek form").WaitForAsync();
        var ander = await page.Context.NewPageAsync();
        await ander.GotoAsync($"/vraagverhelderingen/{id}");

        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Gesprek opslaan" }));
        (await page.Locator("#Gesprek_Vorm-fout").TextContentAsync()).Should().StartWith("Kies de vorm van het gesprek");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await KiesAsync(page.GetByLabel("Telefoon", new() { Exact = true }));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Gesprek opslaan" }));
        (await page.Locator("#melding").TextContentAsync()).Should().Contain("Het gesprek is vastgelegd.");

        await KiesAsync(ander.Locator("#score-financien-3"));
        await TypAsync(ander.GetByLabel("Toelichting bij Financiën"), "Net rond");
        await DrukAsync(ander.GetByRole(AriaRole.Button, new() { Name = "Financiën opslaan" }));
        var melding = ander.Locator("#leefgebied-financien [role='alert']");
        (await melding.TextContentAsync()).Should().Contain("intussen gewijzigd");
        (await ander.GetByLabel("Toelichting bij Financiën").InputValueAsync()).Should().Be("Net rond", "what was typed is kept");
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vraagverhelderingen/{id}");
        detail.GetProperty("leefgebieden").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "financien")
            .GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);

        await DrukAsync(ander.GetByRole(AriaRole.Button, new() { Name = "Financiën opslaan" }));
        await ander.Locator("#vastgelegd-financien").WaitForAsync();
        (await ander.Locator("#vastgelegd-financien").TextContentAsync()).Should().Contain("3 beperkt zelfredzaam");
    }

    [Fact]
    public async Task Wat_een_collega_behandelt_is_voor_een_ander_alleen_te_lezen()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(api);
        var inwoner = await route.InwonerAsync("Henk", "Collega", kern: "Hoevelaken");
        var id = await route.DoorgezetAsync(inwoner, "Ik vereenzaam", "hoog");
        var collega = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await collega.GotoAsync($"/vraagverhelderingen/{id}");
        await DrukAsync(collega.Locator("#behandelen").GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" }));
        await collega.Locator("#gesprek form").WaitForAsync();

        // Another account with the same display name: what decides is who took it, not what he is called.
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/vraagverhelderingen/{id}");

        (await page.Locator("#behandelaar").TextContentAsync()).Should().NotStartWith("Door mij");
        (await page.Locator("section form, #behandelen form").CountAsync()).Should().Be(0);
        (await page.Locator("main").TextContentAsync()).Should().Contain("behandelt deze vraagverheldering; u kunt haar lezen.");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        await page.GotoAsync("/vraagverhelderingen?behandelaar=collega");
        (await page.Locator($"tbody tr[data-id='{id}']").GetByRole(AriaRole.Button).CountAsync()).Should().Be(0, "nobody releases a colleague's claim");
    }

    [Fact]
    public async Task Zonder_javascript_staan_fouten_bij_het_veld_en_toont_de_pagina_voorzieningen_zonder_iets_te_bewaren()
    {
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(api);
        var inwoner = await route.InwonerAsync("Ria", "Fouten", kern: "Hoevelaken");
        var id = await route.DoorgezetAsync(inwoner, "Ik heb schulden", "hoog");
        var page = await fixture.AnoniemePaginaAsync(javascript: false);
        await BrowserFixture.LogInAsync(page, await fixture.MaakGebruikerAsync(Rollen.Loketmedewerker), ApiFactory.Wachtwoord);
        await page.WachtOpAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
        await page.GotoAsync($"/vraagverhelderingen/{id}");
        await DrukAsync(page.Locator("#behandelen").GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" }));
        await page.Locator("#gesprek form").WaitForAsync();

        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Financiën opslaan" }));
        (await page.Locator("#score-financien-fout").TextContentAsync()).Should().Be("Geef een score op de schaal van de methode, of kies 'niet besproken'.");
        (await page.Locator("#score-financien-1").GetAttributeAsync("aria-invalid")).Should().Be("true");

        await TypAsync(page.GetByLabel("Hulpvraag 1", new() { Exact = true }), "Hulp bij geldzaken");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Hulpvragen opslaan" }));
        (await page.Locator("#hulpvraag-1-leefgebieden-fout").TextContentAsync()).Should().Be("Koppel de hulpvraag aan ten minste één leefgebied.");
        (await page.GetByLabel("Hulpvraag 1", new() { Exact = true }).InputValueAsync()).Should().Be("Hulp bij geldzaken");

        await KiesAsync(page.Locator("#hulpvraag-1-leefgebied-financien"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toon voorzieningen" }));
        (await page.Locator("#hulpvraag-1-voorzieningen").TextContentAsync()).Should().Contain("Schuldhulpverlening (Plangroep");
        (await page.GetByLabel("Hulpvraag 1", new() { Exact = true }).InputValueAsync()).Should().Be("Hulp bij geldzaken");
        (await page.Locator("#hulpvraag-1-leefgebied-financien").IsCheckedAsync()).Should().BeTrue();

        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vraagverhelderingen/{id}");
        detail.GetProperty("hulpvragen").GetArrayLength().Should().Be(0, "refused and shown suggestions: nothing was saved");
        detail.GetProperty("leefgebieden").EnumerateArray().Should().OnlyContain(l => l.GetProperty("vastgelegdOp").ValueKind == JsonValueKind.Null);
    }

    /// <summary>Claimed and on the detail page: the gesprek, three scores, two hulpvragen, the expertises, the samenvatting, the afronding.</summary>
    private static async Task VoerUitMetToetsenbordAsync(IPage page, bool metJavascript)
    {
        await KiesAsync(page.GetByLabel("Huisbezoek (keukentafelgesprek)"));
        await TypAsync(page.GetByLabel("Plaats"), "Bij de inwoner thuis");
        await KiesOptieAsync(page.Locator("#Gesprek_Deelnemers_0__Soort"), "Inw");
        await TypAsync(page.Locator("#Gesprek_Deelnemers_0__Naam"), "Fatma Yilmaz");
        await KiesOptieAsync(page.Locator("#Gesprek_Deelnemers_1__Soort"), "Iem");
        await TypAsync(page.Locator("#Gesprek_Deelnemers_1__Naam"), "Ayse Yilmaz");
        await TypAsync(page.Locator("#Gesprek_Deelnemers_1__Relatie"), "moeder");
        await KiesOptieAsync(page.Locator("#Gesprek_Deelnemers_2__Soort"), "Onaf");
        await TypAsync(page.Locator("#Gesprek_Deelnemers_2__Naam"), "Jan de Wit");
        await TypAsync(page.Locator("#Gesprek_Deelnemers_2__Organisatie"), "MEE Veluwe");
        await KiesAsync(page.GetByLabel("Cliëntondersteuning is aangeboden"));
        await KiesAsync(page.GetByLabel("Aanvaard", new() { Exact = true }));
        await TypAsync(page.GetByLabel("Aanleiding"), "Baan verloren, schulden lopen op");
        await KiesOptieAsync(page.GetByLabel("Levensgebeurtenis"), "Ont");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Gesprek opslaan" }));
        await page.Locator("#melding", new() { HasText = "Het gesprek is vastgelegd." }).WaitForAsync();

        foreach (var (code, naam, score) in new[] { ("financien", "Financiën", 1), ("werk-opleiding", "Werk & Opleiding", 2), ("huiselijke-relaties", "Huiselijke relaties", 4) })
        {
            await KiesAsync(page.Locator($"#score-{code}-{score}"));
            await TypAsync(page.GetByLabel($"Toelichting bij {naam}"), $"Besproken aan tafel: {naam}");
            await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = $"{naam} opslaan" }));
            await page.Locator($"#vastgelegd-{code}").WaitForAsync();
        }

        if (metJavascript)
        {
            (await page.Locator("#melding").TextContentAsync()).Should().Contain("Het gesprek is vastgelegd.", "htmx swapped only the leefgebieden, not the page");
        }

        (await page.Locator("#scoretabel").TextContentAsync()).Should().Contain("1 acute problematiek").And.Contain("4 voldoende zelfredzaam");

        await TypAsync(page.GetByLabel("Vraag achter de vraag"), "Zij wil de regie over haar geld terug.");
        await TypAsync(page.GetByLabel("Hulpvraag 1", new() { Exact = true }), "Schulden op orde en een inkomen");
        await KiesAsync(page.Locator("#hulpvraag-1-leefgebied-financien"));
        await TypAsync(page.GetByLabel("Wat doet de inwoner zelf?"), "Opent de post");
        await TypAsync(page.GetByLabel("Wat doet het netwerk?"), "Broer helpt met de administratie");
        await TypAsync(page.GetByLabel("Wat doet het voorliggend veld?"), "Schuldhulpmaatje");
        await TypAsync(page.GetByLabel("Wat doet de gemeente?"), "Uitkering en schuldhulpverlening");
        await KiesAsync(page.Locator("#hulpvraag-1-expertise-inkomen"));
        await KiesAsync(page.Locator("#hulpvraag-1-expertise-schuldhulpverlening"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Hulpvragen opslaan" }));
        await page.GetByLabel("Hulpvraag 2", new() { Exact = true }).WaitForAsync();

        await KiesAsync(page.Locator("#hulpvraag-1-voorzieningen label", new() { HasText = "Schuldhulpverlening (Plangroep" }).Locator("xpath=preceding-sibling::input"));
        await TypAsync(page.GetByLabel("Hulpvraag 2", new() { Exact = true }), "Hulp in huis voor moeder");
        await KiesAsync(page.Locator("#hulpvraag-2-leefgebied-huiselijke-relaties"));
        await KiesOptieAsync(page.GetByLabel("Over wie gaat hulpvraag 2?"), "Ayse");
        await TypAsync(page.Locator("#hulpvraag-2").GetByLabel("Wat doet de gemeente?"), "Huishoudelijke hulp");
        await KiesAsync(page.Locator("#hulpvraag-2-expertise-wmo-2015"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Hulpvragen opslaan" }));
        await page.GetByLabel("Hulpvraag 3", new() { Exact = true }).WaitForAsync();

        (await page.Locator("#voorstel").TextContentAsync()).Should().Contain("Meervoudig");
        (await page.Locator("#samenstelling-meervoudig").IsCheckedAsync()).Should().BeTrue("the page proposes meervoudig for three expertises of two teams");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Expertises bevestigen" }));
        await page.Locator("#melding", new() { HasText = "De expertises zijn vastgelegd." }).WaitForAsync();

        var samenvatting = page.GetByRole(AriaRole.Textbox, new() { Name = "Samenvatting", Exact = true });
        (await samenvatting.InputValueAsync()).Should().Contain("Financiën: 1 acute problematiek");
        await samenvatting.FocusAsync();
        await samenvatting.PressAsync("ControlOrMeta+End");
        await samenvatting.PressSequentiallyAsync("\nAfgesproken: de inwoner belt zelf de bank.");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Samenvatting opslaan" }));
        await page.Locator("#melding", new() { HasText = "De samenvatting is vastgelegd." }).WaitForAsync();

        await KiesAsync(page.GetByLabel("Overdracht aan team of partner"));
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Vraagverheldering afronden" }));
        await page.Locator("#melding", new() { HasText = "De vraagverheldering is afgerond." }).WaitForAsync();
    }

    private static async Task ControleerAfgerondAsync(IPage page, HttpClient api, Guid id)
    {
        (await page.Locator("#status").TextContentAsync()).Should().Be("Afgerond");
        (await page.Locator("#uitkomst").TextContentAsync()).Should().Contain("Overdracht aan team of partner");
        (await page.Locator("section form, #behandelen form").CountAsync()).Should().Be(0, "after the afronding the page is read-only");
        (await page.Locator("#clientondersteuning").TextContentAsync()).Should().Be("Aangeboden en aanvaard");
        (await page.Locator("#samenvatting-tekst").TextContentAsync()).Should().Contain("Afgesproken: de inwoner belt zelf de bank.");

        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vraagverhelderingen/{id}");
        detail.GetProperty("status").GetString().Should().Be("afgerond");
        detail.GetProperty("afronding").GetProperty("uitkomst").GetString().Should().Be("overdracht");
        detail.GetProperty("gesprek").GetProperty("clientondersteuningAangeboden").GetBoolean().Should().BeTrue();
        detail.GetProperty("gesprek").GetProperty("deelnemers").GetArrayLength().Should().Be(3);
        detail.GetProperty("leefgebieden").EnumerateArray().Where(l => l.GetProperty("score").ValueKind == JsonValueKind.Number)
            .Select(l => (l.GetProperty("code").GetString(), l.GetProperty("score").GetInt32()))
            .Should().BeEquivalentTo(new[] { ("financien", 1), ("werk-opleiding", 2), ("huiselijke-relaties", 4) });
        var hulpvragen = detail.GetProperty("hulpvragen").EnumerateArray().ToList();
        hulpvragen.Should().HaveCount(2);
        hulpvragen[0].GetProperty("voorzieningIds").GetArrayLength().Should().Be(1);
        hulpvragen[1].GetProperty("betreftDeelnemerId").ValueKind.Should().Be(JsonValueKind.String, "the second hulpvraag is about the mother");
        detail.GetProperty("expertises").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo("inkomen", "schuldhulpverlening", "wmo-2015");
        detail.GetProperty("samenstelling").GetString().Should().Be("meervoudig");
        detail.GetProperty("samenvatting").GetString().Should().Contain("Afgesproken: de inwoner belt zelf de bank.");
    }
}
