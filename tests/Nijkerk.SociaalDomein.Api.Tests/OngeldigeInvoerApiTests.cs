using System.Net;
using System.Text;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>Input that once ended in a 500 now gets a 400 that names the field, and changes nothing.</summary>
public sealed class OngeldigeInvoerApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private const string StuurtekenMelding = "Dit veld bevat een teken dat niet is toegestaan (een stuurteken of een ongeldig teken).";

    [Theory]
    [InlineData("NUL-teken", @"a\u0000b")]
    [InlineData("belteken", @"a\u0007b")]
    public async Task Een_stuurteken_in_een_tekstveld_geeft_400_bij_dat_veld_en_schrijft_niets(string soort, string vraag)
    {
        var voor = await AantalAanmeldingenAsync();

        var response = await PostRuwAsync("/api/v1/aanmeldingen",
            $$"""{"kanaal":"telefoon","bron":"inwoner-zelf","vraag":"{{vraag}}","urgentie":"normaal"}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, soort);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonAsync(response)).GetProperty("errors").GetProperty("vraag")[0].GetString().Should().Be(StuurtekenMelding);
        (await AantalAanmeldingenAsync()).Should().Be(voor);
    }

    [Fact]
    public async Task Een_los_surrogaat_is_onleesbare_json_en_geeft_400_bij_dat_veld_en_schrijft_niets()
    {
        var voor = await AantalAanmeldingenAsync();

        var response = await PostRuwAsync("/api/v1/aanmeldingen",
            """{"kanaal":"telefoon","bron":"inwoner-zelf","vraag":"a\ud800b","urgentie":"normaal"}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonAsync(response)).GetProperty("errors").TryGetProperty("vraag", out _).Should().BeTrue();
        (await AantalAanmeldingenAsync()).Should().Be(voor);
    }

    [Fact]
    public async Task Een_tab_en_regelovergangen_zijn_gewone_tekst()
    {
        var response = await PostRuwAsync("/api/v1/aanmeldingen",
            """{"kanaal":"telefoon","bron":"inwoner-zelf","vraag":"Eerste regel\r\nTweede regel\tmet tab","urgentie":"normaal"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task De_regel_geldt_voor_elk_tekstveld_van_elk_verzoek_ook_zonder_eigen_validatorregel()
    {
        var response = await PostRuwAsync("/api/v1/inwoners",
            """{"voornamen":"Jan","achternaam":"de\u0001Vries","geboortedatum":"1970-01-01"}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(response)).GetProperty("errors").GetProperty("achternaam").EnumerateArray().Select(m => m.GetString())
            .Should().Contain(StuurtekenMelding);
    }

    [Theory]
    [InlineData("pagina=21474838&paginaGrootte=100", "pagina")]
    [InlineData("pagina=2147483647&paginaGrootte=100", "pagina")]
    [InlineData("pagina=0", "pagina")]
    [InlineData("pagina=-5", "pagina")]
    [InlineData("paginaGrootte=0", "paginaGrootte")]
    public async Task Paginering_buiten_de_grenzen_geeft_400_bij_de_parameter(string query, string veld)
    {
        var response = await Client.GetAsync($"/api/v1/aanmeldingen?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(response)).GetProperty("errors").TryGetProperty(veld, out _).Should().BeTrue();
    }

    [Fact]
    public async Task De_laatste_toegestane_pagina_geeft_een_lege_lijst()
    {
        var response = await Client.GetAsync("/api/v1/aanmeldingen?pagina=10000&paginaGrootte=100");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(response)).GetProperty("resultaten").GetArrayLength().Should().Be(0);
    }

    private Task<HttpResponseMessage> PostRuwAsync(string pad, string json) =>
        Client.PostAsync(pad, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<int> AantalAanmeldingenAsync() =>
        (await JsonAsync(await Client.GetAsync("/api/v1/aanmeldingen"))).GetProperty("totaal").GetInt32();
}
