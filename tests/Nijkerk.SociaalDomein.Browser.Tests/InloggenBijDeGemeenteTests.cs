using Dapper;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// Staff sign in at the municipality's identity provider (ADR 0026): a real OpenID provider (OpenIddict) on loopback
/// with its own sign-in page, the host with local accounts switched off, and the roles taken from the groups.
/// </summary>
public sealed class InloggenBijDeGemeenteTests(InloggenBijDeGemeenteTests.Fixture fixture) : IClassFixture<InloggenBijDeGemeenteTests.Fixture>
{
    [Fact]
    public async Task Een_loketmedewerker_logt_in_bij_de_gemeente_en_komt_binnen_met_de_rol_van_zijn_groep()
    {
        var jan = fixture.Idp.VoegGebruikerToe("Jan Jansen", "SD-Loket", "Alle-medewerkers");
        var page = await fixture.AnoniemePaginaAsync();

        await page.GotoAsync("/werkvoorraad");
        page.Url.Should().Contain("/inloggen?ReturnUrl=%2Fwerkvoorraad");
        (await page.GetByLabel("Wachtwoord").CountAsync()).Should().Be(0, "lokale accounts staan uit");
        await LogInBijDeGemeenteAsync(page, jan);

        await page.WachtOpAsync(url => new Uri(url).AbsolutePath == "/werkvoorraad");
        (await page.Locator(".nsd-uitloggen").InnerTextAsync()).Should().Contain("Jan Jansen");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).Should().Contain("Werkvoorraad");
        var navigatie = await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).InnerTextAsync();
        navigatie.Should().Contain("Werkvoorraad").And.NotContain("Medewerkers");

        await page.GotoAsync("/beheer/gebruikers");
        page.Url.Should().Contain("/geen-toegang");

        // An account of our own, keyed by the provider's subject, so the audit log and the team views name him.
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        var account = await connection.QuerySingleAsync<(string Naam, string[] Rollen, string[] Teams, string Uitgever)>(
            "select naam, rollen, teams, uitgever from toegang.gebruiker where onderwerp = @Onderwerp", new { jan.Onderwerp });
        account.Naam.Should().Be("Jan Jansen");
        account.Rollen.Should().Equal(Rollen.Loketmedewerker);
        account.Teams.Should().Equal("wmo");
        account.Uitgever.Should().Be(fixture.Idp.Adres.ToString());
    }

    [Fact]
    public async Task Wie_in_geen_ingestelde_groep_zit_komt_niet_binnen_en_leest_waarom()
    {
        var piet = fixture.Idp.VoegGebruikerToe("Piet de Vries", "Alle-medewerkers");
        var page = await fixture.AnoniemePaginaAsync();

        await page.GotoAsync("/inloggen");
        await LogInBijDeGemeenteAsync(page, piet);

        await page.WachtOpAsync("**/inloggen/geweigerd?reden=geen-groep");
        (await page.Locator("#inlogfout").TextContentAsync()).Should().Contain("hoort bij geen groep die toegang geeft");
        await page.GotoAsync("/werkvoorraad");
        page.Url.Should().Contain("/inloggen");
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        (await connection.ExecuteScalarAsync<long>("select count(*) from toegang.gebruiker where onderwerp = @Onderwerp", new { piet.Onderwerp }))
            .Should().Be(0);
    }

    [Fact]
    public async Task De_inlogpagina_met_alleen_de_gemeente_heeft_geen_wcag_21_aa_overtredingen()
    {
        var page = await fixture.AnoniemePaginaAsync();
        await page.GotoAsync("/inloggen");

        (await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met uw gemeente-account" }).CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    private static async Task LogInBijDeGemeenteAsync(IPage page, TestIdpGebruiker gebruiker)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met uw gemeente-account" }).ClickAsync();
        await page.WaitForURLAsync("**/connect/authorize**");
        await page.GetByLabel("Gebruikersnaam").FillAsync(gebruiker.Gebruikersnaam);
        await page.GetByLabel("Wachtwoord").FillAsync(gebruiker.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden bij de gemeente" }).ClickAsync();
    }

    /// <summary>The browser fixture's host with local accounts off and the provider's groups mapped to roles and teams.</summary>
    public sealed class Fixture : BrowserFixture
    {
        public OidcTestProvider Idp { get; } = OidcTestProvider.Start();

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("Aanmelden:LokaleAccounts", "false"),
            .. Idp.IdpInstellingen(new Dictionary<string, (string[], string[])>
            {
                ["SD-Loket"] = ([Rollen.Loketmedewerker], ["wmo"]),
                ["SD-Beheer"] = ([Rollen.FunctioneelBeheerder], []),
            }),
        ];

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Idp.DisposeAsync();
        }

        /// <summary>
        /// The first sign-in makes the host read the provider's discovery document and keys, and the provider draw its
        /// first page: in one full run under load that took longer than a click waits for its navigation (30 s), and the
        /// first test failed at the link. Done once here, where no test's limit applies: the host's redirect, then the page.
        /// </summary>
        protected override async Task GestartAsync()
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
            var naarIdp = await client.GetAsync("/inloggen/gemeente");
            naarIdp.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
            (await client.GetAsync(naarIdp.Headers.Location)).IsSuccessStatusCode.Should().BeTrue();
        }
    }
}
