using System.Net;
using System.Net.Http.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>The teams and their expertises live in Overdracht; Intake asks there which teams a terugbelverzoek can go to.</summary>
public sealed class TeamsApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task De_teams_komen_met_de_expertises_die_ze_dragen_en_de_partner_die_er_een_uitvoert()
    {
        var response = await Client.GetAsync("/api/v1/teams");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await JsonAsync(response);
        body.GetProperty("totaal").GetInt32().Should().Be(4);
        var teams = body.GetProperty("resultaten").EnumerateArray().ToDictionary(t => t.GetProperty("code").GetString()!);
        teams.Keys.Should().BeEquivalentTo(["jeugd-onderwijs", "wmo", "werk-inkomen", "veiligheid"]);
        teams["wmo"].GetProperty("naam").GetString().Should().Be("Wmo");
        teams["wmo"].GetProperty("expertises").EnumerateArray().Select(e => e.GetProperty("expertise").GetString())
            .Should().BeEquivalentTo(["wmo-oud", "wmo-2015", "gehandicaptenparkeerkaart"]);
        var schuldhulp = teams["werk-inkomen"].GetProperty("expertises").EnumerateArray()
            .Single(e => e.GetProperty("expertise").GetString() == "schuldhulpverlening");
        schuldhulp.GetProperty("partnerOrganisatie").GetString().Should().Be("Plangroep");
    }

    [Fact]
    public async Task Elke_sleutel_leest_de_teams_maar_niemand_anoniem()
    {
        var client = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenSchrijven]);

        (await client.GetAsync("/api/v1/teams")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Anoniem.GetAsync("/api/v1/teams")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Een_terugbelverzoek_voor_een_onbekend_team_geeft_400_met_de_teams_van_overdracht()
    {
        var id = await RegistreerAanmeldingAsync("Graag teruggebeld");

        var response = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{id}/terugbelverzoeken",
            new { team = "toverteam", telefoonnummer = "033 123 45 67" });
        var zoeken = await Client.GetAsync("/api/v1/terugbelverzoeken?team=toverteam");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var melding = (await JsonAsync(response)).GetProperty("errors").GetProperty("team")[0].GetString();
        melding.Should().StartWith("Onbekend team; kies uit:").And.Contain("jeugd-onderwijs").And.Contain("werk-inkomen");
        zoeken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{id}/terugbelverzoeken", new { team = "wmo", telefoonnummer = "033 123 45 67" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }
}
