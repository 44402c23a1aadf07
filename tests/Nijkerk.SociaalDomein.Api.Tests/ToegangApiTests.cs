using System.Net;
using System.Net.Http.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class ToegangApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static readonly object Aanmelding = new
    {
        kanaal = "website-formulier", bron = "voorliggend-veld", vraag = "Signaal over een gezin", urgentie = "normaal",
        inwonerOpDeHoogte = true, inwonerStemtIn = true,
    };

    [Theory]
    [InlineData("GET", "/api/v1/aanmeldingen")]
    [InlineData("POST", "/api/v1/aanmeldingen")]
    [InlineData("POST", "/api/v1/inwoners/_zoek")]
    [InlineData("GET", "/api/v1/vraagverhelderingen")]
    public async Task Zonder_sleutel_of_sessie_is_het_antwoord_401_problem_json(string method, string path)
    {
        var response = await Anoniem.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Een_onbekende_sleutel_krijgt_401()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, "nsd_bestaat-niet");

        (await client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Een_sleutel_zonder_de_scope_krijgt_403_en_schrijft_niets()
    {
        var lezer = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen]);
        var voor = (await JsonAsync(await lezer.GetAsync("/api/v1/aanmeldingen"))).GetProperty("totaal").GetInt32();

        var response = await lezer.PostAsJsonAsync("/api/v1/aanmeldingen", Aanmelding);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await JsonAsync(response)).GetProperty("title").GetString().Should().Be("Geen toegang");
        (await JsonAsync(await lezer.GetAsync("/api/v1/aanmeldingen"))).GetProperty("totaal").GetInt32().Should().Be(voor);
    }

    [Fact]
    public async Task Een_partner_ziet_de_aanmelding_van_een_andere_partner_niet_404()
    {
        var sigma = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen], "Sigma");
        var mee = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen], "MEE Veluwe");
        var van_sigma = (await JsonAsync(await sigma.PostAsJsonAsync("/api/v1/aanmeldingen", Aanmelding))).GetProperty("id").GetGuid();

        var doorMee = await mee.GetAsync($"/api/v1/aanmeldingen/{van_sigma}");
        var doorSigma = await sigma.GetAsync($"/api/v1/aanmeldingen/{van_sigma}");
        var lijstMee = await JsonAsync(await mee.GetAsync("/api/v1/aanmeldingen"));

        doorMee.StatusCode.Should().Be(HttpStatusCode.NotFound);
        doorSigma.StatusCode.Should().Be(HttpStatusCode.OK);
        lijstMee.GetProperty("resultaten").EnumerateArray().Should().NotContain(a => a.GetProperty("id").GetGuid() == van_sigma);
    }

    [Fact]
    public async Task Een_ingetrokken_sleutel_wordt_direct_geweigerd()
    {
        var sleutel = await Factory.MaakSleutelAsync([IntakeRechten.AanmeldingenLezen]);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, sleutel);
        (await client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);

        await Factory.TrekInAsync(sleutel);

        (await client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Gezondheid_en_het_openapi_document_zijn_zonder_aanmelden_bereikbaar()
    {
        (await Anoniem.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Anoniem.GetAsync("/api/v1/openapi.json")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
