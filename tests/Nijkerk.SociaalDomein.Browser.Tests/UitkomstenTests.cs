using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class UitkomstenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>An integrator calling the real server over HTTP, as the website form or the telephony would.</summary>
    private async Task<HttpClient> IntegratorAsync()
    {
        var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", await fixture.MaakSleutelAsync(ApiFactory.AlleScopes));
        return client;
    }

    private static async Task<Guid> RegistreerAsync(HttpClient api, string vraag, string urgentie)
    {
        var response = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "netwerk", vraag, urgentie });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Een_crisisaanmelding_via_de_api_staat_binnen_een_seconde_bovenaan_de_werkvoorraadpagina()
    {
        var api = await IntegratorAsync();
        await RegistreerAsync(api, "Vraag over de bibliotheek", "normaal");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync("/werkvoorraad");
        await page.Locator("#crisisbalk").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var id = await RegistreerAsync(api, "Mijn moeder is verward en loopt op straat", "crisis");
        var klok = Stopwatch.StartNew();

        var melding = page.Locator($"#crisisbalk .nsd-crisismelding[data-id='{id}']");
        await melding.WaitForAsync(new() { Timeout = 1000 });
        Console.WriteLine($"Crisismelding zichtbaar na {klok.ElapsedMilliseconds} ms");
        var bovenaan = await page.EvaluateAsync<bool>(
            "id => { const balk = document.getElementById('crisisbalk'); const main = document.getElementById('inhoud');" +
            " return main.firstElementChild === balk && balk.getBoundingClientRect().top <= document.querySelector('h1').getBoundingClientRect().top; }", id.ToString());
        bovenaan.Should().BeTrue("the crisis banner is the first thing on the page, above the werkvoorraad");
        (await page.Locator("#dienstdoende").TextContentAsync()).Should().Contain("Geen dienstdoende ingesteld.");
        (await melding.TextContentAsync()).Should().Contain("via telefoon (netwerk (familie, buren))").And.NotContain("verward", "the banner shows no vraag");
        (await page.Locator("#crisisterugval").CountAsync()).Should().Be(0, "the open stream replaces the slow poll");

        // An unchanged banner is not sent again, so focus and screen readers are left alone: news elsewhere leaves
        // the very same button focused.
        var knop = melding.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze" });
        await knop.FocusAsync();
        await page.EvaluateAsync("id => document.getElementById('neem-' + id).dataset.gemerkt = 'ja'", id.ToString());
        await RegistreerAsync(api, "Nog een vraag over de bibliotheek", "normaal");
        await Task.Delay(1500);
        (await page.EvaluateAsync<string?>("() => document.activeElement?.dataset.gemerkt ?? null")).Should().Be("ja");

        await knop.ClickAsync();

        page.Url.Should().EndWith($"/aanmeldingen/{id}");
        (await page.Locator("#behandelaar").TextContentAsync()).Should().StartWith("Door mij");
        (await page.Locator($"#crisisbalk .nsd-crisismelding[data-id='{id}']").CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Zonder_javascript_staat_de_crisis_bij_het_laden_bovenaan_de_werkvoorraad_met_de_crisisrij_eerst()
    {
        var api = await IntegratorAsync();
        await RegistreerAsync(api, "Gewone vraag over de Wmo", "normaal");
        var id = await RegistreerAsync(api, "Huiselijk geweld, ik durf niet naar huis", "crisis");
        var page = await fixture.AnoniemePaginaAsync(javascript: false);
        await BrowserFixture.LogInAsync(page, await fixture.MaakGebruikerAsync(Rollen.Loketmedewerker), ApiFactory.Wachtwoord);
        await page.WachtOpAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));

        await page.GotoAsync("/werkvoorraad");

        (await page.Locator($"#crisisbalk .nsd-crisismelding[data-id='{id}']").CountAsync()).Should().Be(1);
        (await page.Locator("tbody tr").First.GetAttributeAsync("data-id")).Should().Be(id.ToString());
    }

    [Fact]
    public async Task Afhandelen_met_de_voorgestelde_schuldhulpverlening_voor_financien()
    {
        var api = await IntegratorAsync();
        var id = await RegistreerAsync(api, "De rekeningen stapelen zich op", "normaal");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/aanmeldingen/{id}");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("Advies of informatie").FillAsync("Uitgelegd hoe schuldhulp werkt en aangemeld bij Plangroep.");
        await page.GetByLabel("Financiën").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon suggesties" }).ClickAsync();
        var suggesties = await page.Locator("#suggesties label").AllTextContentsAsync();
        suggesties.Should().Contain(s => s.Contains("Schuldhulpverlening (Plangroep"));
        (await page.GetByLabel("Advies of informatie").InputValueAsync()).Should().Be("Uitgelegd hoe schuldhulp werkt en aangemeld bij Plangroep.");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.Locator("#suggesties label", new() { HasText = "Schuldhulpverlening (Plangroep" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afhandelen", Exact = true }).ClickAsync();

        (await page.Locator("#status").TextContentAsync()).Should().Be("Direct afgehandeld");
        (await page.Locator("#verwezen").TextContentAsync()).Should().Contain("Schuldhulpverlening (Plangroep)");
        var afhandeling = await api.GetFromJsonAsync<JsonElement>($"/api/v1/aanmeldingen/{id}/afhandeling");
        afhandeling.GetProperty("voorzieningIds").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Afhandelen_zonder_advies_zet_de_melding_bij_het_veld()
    {
        var api = await IntegratorAsync();
        var id = await RegistreerAsync(api, "Waar kan ik terecht met vragen over opvoeding?", "normaal");
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await page.GotoAsync($"/aanmeldingen/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Afhandelen", Exact = true }).ClickAsync();

        (await page.Locator("#Advies-fout").TextContentAsync()).Should().Be("Noteer het advies of de informatie die de inwoner kreeg.");
        (await page.Locator("#status").TextContentAsync()).Should().Be("Open");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task De_werkvoorraad_met_crisisbalk_en_de_crisisdienst_hebben_geen_wcag_21_aa_overtredingen()
    {
        var api = await IntegratorAsync();
        await RegistreerAsync(api, "Acute zorgen om een buurman", "crisis");
        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        await loket.GotoAsync("/werkvoorraad");
        (await loket.Locator("#crisisbalk .nsd-crisismelding").CountAsync()).Should().BeGreaterThan(0);
        (await Toegankelijkheid.ControleerAsync(loket)).Should().BeEmpty();

        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GotoAsync("/beheer/dienst");
        await beheer.GetByLabel("Naam").FillAsync("Ria Dienstdoende");
        await beheer.GetByLabel("Telefoon").FillAsync("033 123 45 67");
        await beheer.GetByLabel("Van (datum en tijd)").FillAsync(DateTime.Now.AddHours(-3).ToString("yyyy-MM-ddTHH:mm"));
        await beheer.GetByLabel("Tot (datum en tijd)").FillAsync(DateTime.Now.AddHours(10).ToString("yyyy-MM-ddTHH:mm"));
        await beheer.GetByRole(AriaRole.Button, new() { Name = "Dienst instellen" }).ClickAsync();
        (await beheer.Locator("table").TextContentAsync()).Should().Contain("Ria Dienstdoende");
        (await Toegankelijkheid.ControleerAsync(beheer)).Should().BeEmpty();

        // Pushed to the open screen without reloading it, and drawn so at the next page load as well.
        await loket.Locator("#dienstdoende", new() { HasText = "Ria Dienstdoende, 033 123 45 67" }).WaitForAsync(new() { Timeout = 10_000 });
        (await Toegankelijkheid.ControleerAsync(loket)).Should().BeEmpty();
        await loket.ReloadAsync();
        (await loket.Locator("#dienstdoende").TextContentAsync()).Should().Contain("Ria Dienstdoende, 033 123 45 67");
    }

    [Fact]
    public async Task Een_crisis_via_de_api_verschijnt_op_twee_open_schermen_zonder_herladen_en_gaat_weg_als_een_collega_haar_neemt()
    {
        var api = await IntegratorAsync();
        var schermen = new[] { await fixture.NewPageAsync(Rollen.Loketmedewerker), await fixture.NewPageAsync(Rollen.Loketmedewerker) };
        foreach (var scherm in schermen)
        {
            await scherm.GotoAsync("/werkvoorraad");
            // Connected: the stream's first message removed the slow poll.
            await scherm.Locator("#crisisterugval").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
            await scherm.EvaluateAsync("() => window.nsdNietHerladen = true");
        }

        var id = await RegistreerAsync(api, "Mijn buurvrouw is in paniek en wil zich iets aandoen", "crisis");

        foreach (var scherm in schermen)
        {
            var melding = scherm.Locator($"#crisisbalk .nsd-crisismelding[data-id='{id}']");
            await melding.WaitForAsync(new() { Timeout = 5_000 });
            (await melding.TextContentAsync()).Should().NotContain("paniek", "the banner shows no vraag");
            (await scherm.EvaluateAsync<bool>("() => window.nsdNietHerladen === true")).Should().BeTrue("the banner came without reloading the page");
        }

        // Each screen has its own anti-forgery token in the pushed banner: the second colleague takes it from hers.
        await schermen[1].Locator($"#neem-{id}").ClickAsync();
        schermen[1].Url.Should().EndWith($"/aanmeldingen/{id}");
        (await schermen[1].Locator("#behandelaar").TextContentAsync()).Should().StartWith("Door mij");
        await schermen[0].Locator($"#crisisbalk .nsd-crisismelding[data-id='{id}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 5_000 });
        (await schermen[0].EvaluateAsync<bool>("() => window.nsdNietHerladen === true")).Should().BeTrue();
    }

    [Fact]
    public async Task De_stroom_van_de_crisisbalk_is_alleen_voor_wie_aanmeldingen_behandelt()
    {
        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        var geweigerd = await beheer.APIRequest.GetAsync("/crisismeldingen?handler=stroom", new() { MaxRedirects = 0 });
        geweigerd.Status.Should().Be(302);
        geweigerd.Headers["location"].Should().Contain("/geen-toegang");

        var anoniem = await fixture.AnoniemePaginaAsync();
        var aangemeld = await anoniem.APIRequest.GetAsync("/crisismeldingen?handler=stroom", new() { MaxRedirects = 0 });
        aangemeld.Status.Should().Be(302);
        aangemeld.Headers["location"].Should().Contain("/inloggen");
    }
}
