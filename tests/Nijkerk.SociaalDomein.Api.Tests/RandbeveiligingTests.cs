using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The edge (ADR 0017): cookies Secure outside Development, forwarded headers believed from the configured proxies
/// only, and unknown API keys limited per address before they are looked up. Each test uses addresses of its own.
/// </summary>
public sealed partial class RandbeveiligingTests(RandbeveiligingTests.Factory factory) : IClassFixture<RandbeveiligingTests.Factory>
{
    private const string Proxy = "10.0.0.5";
    private const string ProxyInNetwerk = "10.1.4.4";

    [Fact]
    public async Task Elke_cookie_is_secure_buiten_development_ook_als_de_host_zelf_http_ziet()
    {
        var overHttp = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), HandleCookies = false });
        var formulier = await overHttp.GetAsync("/inloggen");
        var antiforgery = formulier.Headers.GetValues("Set-Cookie").ToList();

        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ApiFactory.Adres, AllowAutoRedirect = false, HandleCookies = false });
        var pagina = await client.GetAsync("/inloggen");
        var poging = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(
            [
                new("Gebruikersnaam", await factory.MaakGebruikerAsync(Rollen.Loketmedewerker)),
                new("Wachtwoord", ApiFactory.Wachtwoord),
                new("__RequestVerificationToken", Token().Match(await pagina.Content.ReadAsStringAsync()).Groups[1].Value),
            ]),
        };
        poging.Headers.Add("Cookie", string.Join("; ", pagina.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var ingelogd = await client.SendAsync(poging);

        antiforgery.Should().NotBeEmpty().And.OnlyContain(c => Regex.IsMatch(c, @";\s*secure", RegexOptions.IgnoreCase), "the host saw http, the browser sees https");
        ingelogd.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sessie = ingelogd.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith("nsd-sessie=", StringComparison.Ordinal)).Which;
        sessie.Should().MatchRegex("(?i);\\s*secure").And.MatchRegex("(?i);\\s*httponly").And.MatchRegex("(?i)samesite=strict");
    }

    [Fact]
    public async Task Een_browser_over_https_logt_in_met_de_secure_cookies()
    {
        var browser = factory.CreateClient();
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var token = Token().Match(await browser.GetStringAsync("/inloggen")).Groups[1].Value;

        var ingelogd = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(
            [new("Gebruikersnaam", naam), new("Wachtwoord", ApiFactory.Wachtwoord), new("__RequestVerificationToken", token)]));

        ingelogd.StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetStringAsync("/")).Should().Contain("Uitloggen");
    }

    [Theory]
    [InlineData(Proxy, true)]
    [InlineData(ProxyInNetwerk, true)]
    [InlineData("198.51.100.7", false)]
    public async Task Alleen_een_bekende_proxy_maakt_een_verzoek_https_en_daarmee_hsts(string afzender, bool geloofd)
    {
        var response = await VraagAsync(HttpMethod.Get, "/inloggen", afzender, "203.0.113.5", proto: "https");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").Should().Be(geloofd);
    }

    [Fact]
    public async Task De_inloglimiet_telt_per_echte_client_achter_de_proxy_en_negeert_forwarded_for_van_een_ander()
    {
        var achterProxy = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            achterProxy.Add((await VraagAsync(HttpMethod.Post, "/inloggen", Proxy, "203.0.113.10")).StatusCode);
        }

        var ander = await VraagAsync(HttpMethod.Post, "/inloggen", Proxy, "203.0.113.11");
        var vervalst = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            vervalst.Add((await VraagAsync(HttpMethod.Post, "/inloggen", "198.51.100.8", $"203.0.113.{20 + i}")).StatusCode);
        }

        achterProxy.Take(3).Should().NotContain(HttpStatusCode.TooManyRequests);
        achterProxy.Last().Should().Be(HttpStatusCode.TooManyRequests);
        ander.StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests, "another client behind the same proxy has its own count");
        vervalst.Take(3).Should().NotContain(HttpStatusCode.TooManyRequests);
        vervalst.Last().Should().Be(HttpStatusCode.TooManyRequests, "X-Forwarded-For from an unknown address buys no fresh count");
    }

    [Fact]
    public async Task Willekeurige_sleutels_vanaf_een_adres_krijgen_429_zonder_nieuwe_emmer_per_sleutel()
    {
        var bekend = await factory.MaakSleutelAsync(ApiFactory.AlleScopes);
        var statussen = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statussen.Add((await VraagAsync(HttpMethod.Get, "/api/v1/aanmeldingen", "198.51.100.9", sleutel: "nsd_" + Guid.NewGuid().ToString("N"))).StatusCode);
        }

        var geweigerd = await VraagAsync(HttpMethod.Get, "/api/v1/aanmeldingen", "198.51.100.9", sleutel: "nsd_" + Guid.NewGuid().ToString("N"));
        var anderAdres = await VraagAsync(HttpMethod.Get, "/api/v1/aanmeldingen", "198.51.100.10", sleutel: bekend);
        var achterProxy = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            achterProxy.Add((await VraagAsync(HttpMethod.Get, "/api/v1/aanmeldingen", Proxy, "203.0.113.30", sleutel: "nsd_" + Guid.NewGuid().ToString("N"))).StatusCode);
        }

        var andereClientAchterProxy = await VraagAsync(HttpMethod.Get, "/api/v1/aanmeldingen", Proxy, "203.0.113.31", sleutel: bekend);

        statussen.Take(3).Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized);
        statussen.Skip(3).Should().AllBeEquivalentTo(HttpStatusCode.TooManyRequests);
        geweigerd.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        anderAdres.StatusCode.Should().Be(HttpStatusCode.OK);
        achterProxy.Last().Should().Be(HttpStatusCode.TooManyRequests);
        andereClientAchterProxy.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> VraagAsync(
        HttpMethod methode, string pad, string afzender, string? forwardedFor = null, string? proto = null, string? sleutel = null)
    {
        // The host name is not localhost, for which HSTS is never sent.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://sociaaldomein.nijkerk.nl"), AllowAutoRedirect = false, HandleCookies = false,
        });
        var verzoek = new HttpRequestMessage(methode, pad);
        if (methode == HttpMethod.Post)
        {
            verzoek.Content = new FormUrlEncodedContent([new("Gebruikersnaam", "iemand"), new("Wachtwoord", "geraden")]);
        }

        verzoek.Headers.Add(TestAfzender.Header, afzender);
        if (forwardedFor is not null)
        {
            verzoek.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (proto is not null)
        {
            verzoek.Headers.Add("X-Forwarded-Proto", proto);
        }

        if (sleutel is not null)
        {
            verzoek.Headers.Add("X-Api-Key", sleutel);
        }

        return await client.SendAsync(verzoek);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public sealed class Factory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestAfzender>());
        }

        // One proxy by address and one network, the second in the array form of appsettings.json.
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("Proxy:BekendeProxies", Proxy),
            new("Proxy:BekendeNetwerken:0", "10.1.0.0/16"),
            new("RateLimits:InloggenPerMinuut", "3"),
            new("RateLimits:OnbekendeSleutelsPerMinuut", "3"),
        ];
    }
}
