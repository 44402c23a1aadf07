using System.Net;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>A query parameter that does not parse is the caller's mistake: a 400 problem+json, never a 500.</summary>
public sealed class ParametersApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("/api/v1/aanmeldingen?pagina=abc")]
    [InlineData("/api/v1/aanmeldingen?pagina=99999999999999999999")]
    [InlineData("/api/v1/aanmeldingen?paginaGrootte=1.5")]
    [InlineData("/api/v1/aanmeldingen?van=gisteren")]
    [InlineData("/api/v1/aanmeldingen?tot=2026-13-45")]
    [InlineData("/api/v1/sociale-kaart/voorzieningen?kosteloos=misschien")]
    [InlineData("/api/v1/sociale-kaart/voorzieningen?openOp=morgen")]
    public async Task Een_parameter_die_niet_te_lezen_is_geeft_400_problem_json(string pad)
    {
        var response = await Client.GetAsync(pad);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, pad);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("System.").And.NotContain("Exception");
    }
}
