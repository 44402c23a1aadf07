using System.Net;
using System.Text;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class BeveiligingTests(BeveiligingTests.LageLimieten factory) : IClassFixture<BeveiligingTests.LageLimieten>
{
    [Fact]
    public async Task Te_veel_api_verzoeken_geven_429_problem_json()
    {
        var client = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var statussen = new List<HttpStatusCode>();

        for (var i = 0; i < 6; i++)
        {
            statussen.Add((await client.GetAsync("/api/v1/aanmeldingen")).StatusCode);
        }

        statussen.Take(5).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var geweigerd = await client.GetAsync("/api/v1/aanmeldingen");
        geweigerd.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        geweigerd.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await geweigerd.Content.ReadAsStringAsync()).Should().Contain("Te veel verzoeken");
    }

    [Fact]
    public async Task Te_veel_inlogpogingen_vanaf_een_adres_worden_geweigerd()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = ApiFactory.Adres, AllowAutoRedirect = false });
        var statussen = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            var poging = new FormUrlEncodedContent([new("Gebruikersnaam", "iemand"), new("Wachtwoord", "raden-" + i)]);
            statussen.Add((await client.PostAsync("/inloggen", poging)).StatusCode);
        }

        statussen.Take(3).Should().NotContain(HttpStatusCode.TooManyRequests);
        statussen.Last().Should().Be(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/inloggen")).StatusCode.Should().Be(HttpStatusCode.OK, "looking at the page is no attempt");
    }

    [Fact]
    public async Task Een_te_groot_verzoek_wordt_met_413_geweigerd()
    {
        var client = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var groot = new StringContent("{\"vraag\":\"" + new string('x', 2_000_000) + "\"}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/aanmeldingen", groot);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Paginas_hebben_een_content_security_policy_zonder_inline_script_en_worden_niet_bewaard()
    {
        var response = await factory.CreateClient().GetAsync("/inloggen");

        var beleid = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        beleid.Should().Contain("script-src 'self'").And.NotContain("unsafe-inline").And.Contain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    public sealed class LageLimieten : ApiFactory
    {
        // Five API calls a minute leaves one for the sixth to be refused; the size test uses a key of its own.
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("RateLimits:ApiPerMinuut", "5"),
            new("RateLimits:InloggenPerMinuut", "3"),
        ];
    }
}
