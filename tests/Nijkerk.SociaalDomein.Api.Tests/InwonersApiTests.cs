using System.Net;
using System.Net.Http.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class InwonersApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static object Inwoner(string bsn) => new
    {
        voornamen = "Fatima",
        achternaam = "El Amrani",
        geboortedatum = "1984-07-03",
        postcode = "3861 KL",
        huisnummer = 8,
        woonplaats = "Nijkerk",
        bsn,
    };

    [Fact]
    public async Task Een_inwoner_wordt_geregistreerd_en_zonder_bsn_teruggegeven()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("111222333"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var location = response.Headers.Location!.ToString();
        var inwoner = await Client.GetAsync(location);
        var body = await inwoner.Content.ReadAsStringAsync();
        body.Should().Contain("\"geboortedatum\":\"1984-07-03\"").And.Contain("\"bsnBekend\":true").And.NotContain("111222333");
    }

    [Fact]
    public async Task Een_tweede_registratie_met_hetzelfde_bsn_geeft_409_met_de_bestaande_id()
    {
        var eerste = await JsonAsync(await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("123456782")));

        var tweede = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("123456782"));

        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await JsonAsync(tweede);
        problem.GetProperty("bestaandeId").GetString().Should().Be(eerste.GetProperty("id").GetString());
        (await tweede.Content.ReadAsStringAsync()).Should().NotContain("123456782");
    }

    [Fact]
    public async Task Zoeken_op_bsn_gaat_met_een_post_en_vindt_de_inwoner()
    {
        var id = (await JsonAsync(await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("999996356")))).GetProperty("id").GetString();

        var response = await Client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = "999996356" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var gevonden = await JsonAsync(response);
        gevonden.GetProperty("resultaten")[0].GetProperty("id").GetString().Should().Be(id);
    }

    [Fact]
    public async Task Een_ongeldig_bsn_geeft_400_zonder_het_nummer_te_herhalen()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("123456789"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("elfproef").And.NotContain("123456789");
    }
}
