using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// The teamleider / beleid at the dashboard: the charts, each beside its table with the same numbers, a small count
/// as "&lt; 5", axe-clean, the filters by keyboard in a link that can be shared; and no person anywhere (403).
/// </summary>
public sealed class MonitoringDashboardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Grafieken = ["aanmeldingen-per-week", "route", "kastje-muur", "zelfredzaamheid"];

    private async Task<IPage> BeleidAsync()
    {
        var page = await fixture.AnoniemePaginaAsync();
        await BrowserFixture.LogInAsync(page, await fixture.MaakMedewerkerAsync($"Teamleider {Guid.NewGuid().ToString("N")[..6]}", Rollen.Beleid), ApiFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task Beleid_ziet_de_grafieken_elk_naast_zijn_tabel_een_klein_aantal_als_kleiner_dan_vijf_en_filtert_met_het_toetsenbord()
    {
        var loket = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = await new VraagRoute(loket).InwonerAsync("Dirk", "Dashboardman", kern: "Hoevelaken");
        (await loket.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "balie", bron = "inwoner-zelf", vraag = "Hulp bij de administratie.", inwonerId = inwoner, urgentie = "normaal" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var page = await BeleidAsync();
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Monitoring", Exact = true }));
        await page.WachtOpAsync("**/monitoring");

        // The one aanmelding reaches Monitoring through the outbox: its week is there, as "< 5", never as 1.
        var week = page.Locator("#tabel-aanmeldingen-per-week");
        var klok = Stopwatch.StartNew();
        while (await week.Locator("td", new() { HasText = "< 5" }).CountAsync() == 0 && klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        (await week.Locator("td").AllTextContentsAsync()).Should().Contain("< 5").And.NotContain(t => t.Trim() == "1");
        (await page.Locator("main").InnerTextAsync()).Should().NotContain("Dashboardman");

        // Every chart is a picture with a title and a description, and beside it a table with the same rows.
        var getekend = 0;
        foreach (var code in Grafieken)
        {
            var blok = page.Locator($"#blok-{code}");
            (await blok.CountAsync()).Should().Be(1, $"the dashboard shows {code}");
            var svg = blok.Locator("svg[role=img]");
            if (await svg.CountAsync() == 0)
            {
                (await blok.InnerTextAsync()).Should().Contain("Geen gegevens");
                continue;
            }

            getekend++;
            (await svg.Locator("title").TextContentAsync()).Should().NotBeNullOrWhiteSpace();
            (await svg.Locator("desc").TextContentAsync()).Should().NotBeNullOrWhiteSpace();
            var tabel = blok.Locator("table");
            (await tabel.Locator("caption").TextContentAsync()).Should().Contain("de cijfers van de grafiek");
            (await tabel.Locator("thead th[scope=col]").CountAsync()).Should().Be(2);
            (await tabel.Locator("tbody th[scope=row]").CountAsync()).Should().Be(await svg.Locator("g.nsd-grafiek-rij").CountAsync());
            (await blok.GetByRole(AriaRole.Link, new() { NameRegex = new("als CSV$") }).GetAttributeAsync("href"))
                .Should().StartWith($"/api/v1/monitoring/kerncijfers/{code}?van=");
        }

        getekend.Should().BeGreaterThan(0, "the week of the aanmelding is drawn");
        (await page.Locator("svg[role=img]").CountAsync()).Should().Be(getekend, "only the charts are pictures");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // From the top of the page the keyboard reaches the filters; the choice lands in the address, to be shared.
        await page.Locator("body").FocusAsync();
        var bereikt = false;
        for (var tab = 0; tab < 40 && !bereikt; tab++)
        {
            await page.Keyboard.PressAsync("Tab");
            bereikt = await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == "Kern";
        }

        bereikt.Should().BeTrue("Tab reaches the kern filter");
        await Toetsenbord.KiesOptieAsync(page.GetByLabel("Kern", new() { Exact = true }), "Hoev");
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Cijfers tonen" }));
        await page.WachtOpAsync(url => url.Contains("/monitoring?", StringComparison.Ordinal) && url.Contains("Kern=Hoevelaken", StringComparison.Ordinal));
        (await page.GetByLabel("Kern", new() { Exact = true }).InputValueAsync()).Should().Be("Hoevelaken");
        (await page.Locator("#blok-aanmeldingen-per-week").GetByRole(AriaRole.Link, new() { NameRegex = new("als CSV$") }).GetAttributeAsync("href"))
            .Should().Contain("kern=Hoevelaken");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_filter_dat_niet_klopt_geeft_een_nederlandse_melding_bij_het_veld_en_geen_cijfers()
    {
        var page = await BeleidAsync();
        await page.GotoAsync("/monitoring?Van=2026-02-31&Tot=2026-03-01&Leefgebied=&Kern=Atlantis");

        (await page.GetByText("Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-09-01.").CountAsync()).Should().Be(1);
        (await page.GetByLabel("Van", new() { Exact = true }).GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.GetByText("Kies een kern uit de lijst.").CountAsync()).Should().Be(1);
        (await page.Locator("svg[role=img]").CountAsync()).Should().Be(0);
        (await page.Locator("table").CountAsync()).Should().Be(0);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GotoAsync("/monitoring?Van=2026-03-10&Tot=2026-03-01");
        (await page.GetByText("De einddatum ligt vóór de begindatum.", new() { Exact = false }).CountAsync()).Should().Be(1);
        (await page.GetByLabel("Tot en met").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.Locator("svg[role=img]").CountAsync()).Should().Be(0);

        // Two of leefgebied, expertise and team: the second gets the message; the first keeps its choice.
        await page.GetByLabel("Leefgebied", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Toetsenbord.DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Cijfers tonen" }));
        await page.GetByText("Kies één van leefgebied, expertise en team; laat de andere twee leeg.").WaitForAsync();
        (await page.GetByLabel("Team", new() { Exact = true }).GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.GetByLabel("Leefgebied", new() { Exact = true }).GetAttributeAsync("aria-invalid")).Should().BeNull();
        (await page.GetByLabel("Leefgebied", new() { Exact = true }).InputValueAsync()).Should().NotBeEmpty();
        (await page.Locator("svg[role=img]").CountAsync()).Should().Be(0);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Beleid_opent_geen_inwoner_en_geen_aanmeldingen_niet_op_een_pagina_en_niet_in_de_api()
    {
        var loket = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = await new VraagRoute(loket).InwonerAsync("Ilse", "Nietzichtbaar");
        var naam = $"Teamleider {Guid.NewGuid().ToString("N")[..6]}";
        var gebruiker = await fixture.MaakMedewerkerAsync(naam, Rollen.Beleid);

        var page = await fixture.AnoniemePaginaAsync();
        await BrowserFixture.LogInAsync(page, gebruiker, ApiFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync(new() { Timeout = 60_000 });

        // The API with the same session: 403, not a person.
        foreach (var adres in new[] { $"/api/v1/inwoners/{inwoner}", "/api/v1/aanmeldingen" })
        {
            var antwoord = await page.APIRequest.GetAsync(adres);
            antwoord.Status.Should().Be((int)HttpStatusCode.Forbidden, adres);
            (await antwoord.TextAsync()).Should().NotContain("Nietzichtbaar");
        }

        foreach (var adres in new[] { $"/inwoners/{inwoner}", "/aanmeldingen" })
        {
            var antwoord = await page.GotoAsync(adres);
            page.Url.Should().Contain("/geen-toegang", $"{adres} is no page for beleid");
            (antwoord!.Request.RedirectedFrom is { } eerste ? (await eerste.ResponseAsync())!.Status : antwoord.Status)
                .Should().BeOneOf(302, 403);
            (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Be("Geen toegang");
            (await page.Locator("main").InnerTextAsync()).Should().NotContain("Nietzichtbaar");
        }
    }
}
