using System.Net;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class ConventiesTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("/api/v1/aanmeldingen")]
    [InlineData("/api/v1/bestaat-niet")]
    [InlineData("/api/v1/openapi.json")]
    [InlineData("/health/live")]
    public async Task Elk_antwoord_draagt_de_volledige_api_versie(string path)
    {
        var response = await Client.GetAsync(path);

        response.Headers.GetValues("API-Version").Should().Equal("1.2.0");
    }

    [Fact]
    public async Task Api_antwoorden_dragen_de_beveiligingsheaders_ook_bij_een_fout()
    {
        var response = await Client.GetAsync("/api/v1/aanmeldingen?paginaGrootte=0");

        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Content-Security-Policy").Should().Equal("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Een_onbekend_pad_onder_de_api_geeft_een_nederlandse_404_problem()
    {
        var response = await Client.GetAsync("/api/v1/bestaat-niet");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonAsync(response)).GetProperty("title").GetString().Should().Be("Niet gevonden");
    }

    [Fact]
    public async Task Het_openapi_document_is_openbaar_met_cors_voor_iedereen()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/openapi.json");
        request.Headers.Add("Origin", "https://www.voorbeeld.nl");

        var response = await Anoniem.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        var document = await JsonAsync(response);
        document.GetProperty("openapi").GetString().Should().StartWith("3.0");
        document.GetProperty("servers")[0].GetProperty("url").GetString().Should().Be("/api/v1");
        document.GetProperty("paths").TryGetProperty("/aanmeldingen", out _).Should().BeTrue();
    }

    [Fact]
    public async Task De_api_verkenner_wordt_getoond()
    {
        var response = await Anoniem.GetAsync("/api/v1/docs/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Gereed_betekent_database_bereikbaar_en_alle_migraties_gedraaid()
    {
        var ready = await Client.GetAsync("/health/ready");
        var live = await Client.GetAsync("/health/live");

        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Healthy");
        live.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
