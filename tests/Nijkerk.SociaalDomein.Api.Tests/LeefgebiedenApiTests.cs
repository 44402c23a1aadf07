using System.Net;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class LeefgebiedenApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task De_leefgebieden_van_de_zelfredzaamheidsmatrix_komen_in_de_volgorde_van_de_methode()
    {
        var response = await Client.GetAsync("/api/v1/leefgebieden");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var leefgebieden = (await JsonAsync(response)).GetProperty("resultaten").EnumerateArray().ToList();
        leefgebieden.Should().HaveCount(13);
        leefgebieden[0].GetProperty("code").GetString().Should().Be("financien");
        leefgebieden[0].GetProperty("naam").GetString().Should().Be("Financiën");
        leefgebieden[^1].GetProperty("code").GetString().Should().Be("justitie");
    }

    [Fact]
    public async Task Elke_sleutel_leest_de_leefgebieden_maar_niemand_anoniem()
    {
        var client = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenSchrijven]);

        (await client.GetAsync("/api/v1/leefgebieden")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Anoniem.GetAsync("/api/v1/leefgebieden")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
