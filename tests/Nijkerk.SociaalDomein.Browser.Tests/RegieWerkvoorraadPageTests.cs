using Dapper;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;
using static Nijkerk.SociaalDomein.Browser.Tests.Toetsenbord;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// The regisseur's werkvoorraad "Mijn plannen" and the teamleider's "Regie gevraagd", with the keyboard only, axe-clean,
/// and their forms working without JavaScript.
/// </summary>
public sealed class RegieWerkvoorraadPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_regisseur_ziet_zijn_vastgelopen_plan_gemarkeerd_en_de_nazorg_die_eraan_komt()
    {
        var naam = "Rita Regie " + Guid.NewGuid().ToString("N")[..4];
        var gebruiker = await fixture.MaakMedewerkerAsync(naam, Rollen.Regisseur);
        var route = await RouteAsync();
        var (_, vast, huishouden) = await route.PlanAsync("Vastgelopen", naam);
        var (_, nazorg, _) = await route.PlanAsync("Nazorgplan", naam);
        await OverTermijnEnAfgeslotenAsync(vast, nazorg);

        var page = await IngelogdAsync(gebruiker, javascript: true);
        await DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Mijn plannen" }));
        await page.WachtOpAsync("**/plannen");
        var rij = page.Locator($"section[aria-labelledby='lopend'] tbody tr[data-id='{vast}']");
        var tekst = await rij.TextContentAsync();
        tekst.Should().Contain("Vastgelopen").And.Contain("een actie is te lang over haar deadline").And.Contain("1 over deadline");
        (await rij.Locator(".utrecht-status-badge").First.TextContentAsync()).Should().Be("Vastgelopen", "a badge, and the words beside it");
        (await rij.GetByRole(AriaRole.Link).First.GetAttributeAsync("href")).Should().Be($"/plannen/{vast}");
        (await rij.GetByRole(AriaRole.Link).Nth(1).GetAttributeAsync("href")).Should().Be($"/huishoudens/{huishouden}");
        var eerste = page.Locator("section[aria-labelledby='lopend'] tbody tr").First;
        (await eerste.GetAttributeAsync("data-id")).Should().Be(vast.ToString(), "the vastgelopen come first");
        (await page.Locator($"section[aria-labelledby='nazorg'] tbody tr[data-id='{nazorg}']").TextContentAsync()).Should().Contain("Nazorg nu");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await KiesOptieAsync(page.GetByLabel("Vastgelopen"), "Niet");
        await DrukAsync(page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }));
        await page.WachtOpAsync("**/plannen?vastgelopen=false");
        (await page.Locator($"tbody tr[data-id='{vast}']").CountAsync()).Should().Be(0);

        // Without JavaScript the filter is an ordinary form.
        var zonder = await IngelogdAsync(gebruiker, javascript: false);
        await zonder.GotoAsync("/plannen");
        await zonder.GetByLabel("Vastgelopen").SelectOptionAsync("true");
        await zonder.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await zonder.WachtOpAsync("**/plannen?vastgelopen=true");
        (await zonder.Locator($"tbody tr[data-id='{vast}']").CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task De_teamleider_wijst_met_het_toetsenbord_een_regisseur_toe_en_ziet_een_tweede_plan_geweigerd_zonder_javascript()
    {
        var regisseur = "Ruben Regie " + Guid.NewGuid().ToString("N")[..4];
        await fixture.MaakMedewerkerAsync(regisseur, Rollen.Regisseur);
        var route = await RouteAsync();
        var (inwoner, verzoek) = await route.GevraagdAsync("Keukentafel");
        var teamleider = await fixture.MaakMedewerkerAsync("Tineke Teamleider", Rollen.Beleid);

        var page = await IngelogdAsync(teamleider, javascript: true);
        await DrukAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).GetByRole(AriaRole.Link, new() { Name = "Regie gevraagd" }));
        await page.WachtOpAsync("**/regie-gevraagd");
        var rij = page.Locator($"tbody tr[data-id='{verzoek}']");
        (await rij.TextContentAsync()).Should().Contain("jeugd-onderwijs").And.Contain("2 leefgebied(en) met score 1 of 2").And.Contain("Sinds vandaag");
        (await page.Locator("main").TextContentAsync()).Should().NotContain("Keukentafel", "the teamleider sees no person");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // Nothing chosen: the Dutch messages next to the fields of this row.
        await DrukAsync(rij.GetByRole(AriaRole.Button, new() { Name = "Regisseur toewijzen" }));
        rij = page.Locator($"tbody tr[data-id='{verzoek}']");
        await rij.GetByText("Kies de regisseur die het plan krijgt.").WaitForAsync();
        await rij.GetByText("Geef het telefoonnummer waarop de regisseur voor het huishouden bereikbaar is.").WaitForAsync();
        (await rij.GetByLabel("Regisseur", new() { Exact = true }).GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await KiesOptieAsync(rij.GetByLabel("Regisseur", new() { Exact = true }), regisseur);
        await TypAsync(rij.GetByLabel("Telefoonnummer van de regisseur"), "033 247 12 34");
        await DrukAsync(rij.GetByRole(AriaRole.Button, new() { Name = "Regisseur toewijzen" }));
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{regisseur} is regisseur; het ondersteuningsplan is gestart." }).WaitForAsync();
        (await page.Locator($"tbody tr[data-id='{verzoek}']").CountAsync()).Should().Be(0, "an assigned question leaves the list");

        // A second question of the same inwoner: his household has a plan, and the page says whose, without JavaScript.
        var (_, tweede) = await route.GevraagdAsync("Keukentafel", inwoner);
        var zonder = await IngelogdAsync(teamleider, javascript: false);
        await zonder.GotoAsync("/regie-gevraagd");
        var tweedeRij = zonder.Locator($"tbody tr[data-id='{tweede}']");
        await tweedeRij.GetByLabel("Regisseur", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = (await OptieAsync(tweedeRij, regisseur))! });
        await tweedeRij.GetByLabel("Telefoonnummer van de regisseur").FillAsync("033 247 12 34");
        await tweedeRij.GetByRole(AriaRole.Button, new() { Name = "Regisseur toewijzen" }).ClickAsync();
        await zonder.GetByRole(AriaRole.Alert).Filter(new() { HasText = $"Dit huishouden heeft al een lopend ondersteuningsplan, met regisseur {regisseur}." }).WaitForAsync();
        (await zonder.Locator($"tbody tr[data-id='{tweede}']").CountAsync()).Should().Be(1, "a refused toewijzing leaves the question waiting");
    }

    [Fact]
    public async Task Een_loketmedewerker_komt_niet_op_de_regiepaginas()
    {
        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        (await loket.GetByRole(AriaRole.Link, new() { Name = "Regie gevraagd" }).CountAsync()).Should().Be(0);
        (await loket.GetByRole(AriaRole.Link, new() { Name = "Mijn plannen" }).CountAsync()).Should().Be(0);
        foreach (var pad in new[] { "/regie-gevraagd", "/plannen", "/beheer/regie" })
        {
            (await loket.GotoAsync(pad))!.Url.Should().NotEndWith(pad);
        }
    }

    private async Task<RegieRoute> RouteAsync()
    {
        // The planning system's key assigns (regie:toewijzen is a scope): a signed-in HttpClient cannot reach Kestrel over https here.
        var api = await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        return new RegieRoute(api, api);
    }

    private async Task<IPage> IngelogdAsync(string gebruiker, bool javascript)
    {
        var page = await fixture.AnoniemePaginaAsync(javascript);
        await BrowserFixture.LogInAsync(page, gebruiker, ApiFactory.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    private static async Task<string?> OptieAsync(ILocator rij, string begin)
    {
        foreach (var optie in await rij.Locator("option").AllTextContentsAsync())
        {
            if (optie.StartsWith(begin, StringComparison.Ordinal))
            {
                return optie;
            }
        }

        return null;
    }

    /// <summary>
    /// States only time reaches: an open actie ten days past its deadline and a closed plan whose nazorg is today. The API
    /// refuses a deadline or nazorg date in the past, and the browser's host runs on the real clock, so this page test puts
    /// them in the tables; the route to them through the API, on an injected clock, is PlannenWerkvoorraadApiTests' and
    /// AfsluitingApiTests'.
    /// </summary>
    private async Task OverTermijnEnAfgeslotenAsync(Guid vast, Guid nazorg)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.ExecuteAsync(
            """
            insert into regie.actie (id, plan_id, omschrijving, verantwoordelijke_soort, verantwoordelijke, deadline, status, aangemaakt_op,
                                     aangemaakt_door, gewijzigd_op)
            values (@id, @vast, 'Afspraak bij de schuldhulp maken', 'inwoner', 'Fatima', (now() at time zone 'Europe/Amsterdam')::date - 10, 'open',
                    now(), 'test', now());
            update regie.plan set status = 'afgesloten', afgesloten_op = now(), nazorg_op = (now() at time zone 'Europe/Amsterdam')::date
            where id = @nazorg;
            """,
            new { id = Guid.CreateVersion7(), vast, nazorg });
    }
}
