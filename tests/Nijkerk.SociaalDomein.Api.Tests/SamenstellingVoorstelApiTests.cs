using System.Net;
using System.Text.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The proposal enkelvoudig or meervoudig, drawn from Overdracht's routing table through GeefTeamsVoorExpertises: the real
/// handler on the real database, as seeded from domain.md (Reference data).
/// </summary>
public sealed class SamenstellingVoorstelApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    public static readonly TheoryData<string[], string, string[]> Voorstellen = new()
    {
        { ["jeugd"], "enkelvoudig", ["jeugd-onderwijs"] },
        { ["jeugd", "leerrecht", "leerlingenvervoer"], "enkelvoudig", ["jeugd-onderwijs"] },
        { ["wmo-oud", "gehandicaptenparkeerkaart"], "enkelvoudig", ["wmo"] },
        { ["inkomen", "wmo-2015"], "meervoudig", ["werk-inkomen", "wmo"] },
        { ["jeugd", "inkomen", "wmo-2015"], "meervoudig", ["jeugd-onderwijs", "werk-inkomen", "wmo"] },
    };

    [Theory]
    [MemberData(nameof(Voorstellen))]
    public async Task Een_team_is_enkelvoudig_en_meer_teams_zijn_meervoudig(string[] expertises, string samenstelling, string[] teams)
    {
        var voorstel = await VoorstelAsync(expertises);

        voorstel.GetProperty("samenstelling").GetString().Should().Be(samenstelling);
        voorstel.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("teamCode").GetString()).Distinct()
            .Should().BeEquivalentTo(teams);
    }

    [Fact]
    public async Task Schuldhulpverlening_gaat_via_Plangroep_en_blijft_met_inkomen_enkelvoudig_bij_werk_en_inkomen()
    {
        var alleen = await VoorstelAsync(["schuldhulpverlening"]);
        var metInkomen = await VoorstelAsync(["schuldhulpverlening", "inkomen"]);
        var metWmo = await VoorstelAsync(["schuldhulpverlening", "wmo-2015"]);

        alleen.GetProperty("samenstelling").GetString().Should().Be("enkelvoudig");
        var team = alleen.GetProperty("teams").EnumerateArray().Should().ContainSingle().Subject;
        team.GetProperty("teamCode").GetString().Should().Be("werk-inkomen");
        team.GetProperty("partnerOrganisatie").GetString().Should().Be("Plangroep");

        // The partner carries out the team's expertise: still one team's handover, so no regisseur.
        metInkomen.GetProperty("samenstelling").GetString().Should().Be("enkelvoudig");
        metInkomen.GetProperty("teams").EnumerateArray().Select(t => (t.GetProperty("teamCode").GetString(), Partner(t)))
            .Should().BeEquivalentTo(new[] { ("werk-inkomen", "Plangroep"), ("werk-inkomen", (string?)null) });
        metWmo.GetProperty("samenstelling").GetString().Should().Be("meervoudig");
    }

    [Fact]
    public async Task Een_gewijzigde_routering_verandert_het_voorstel()
    {
        // Leerlingenvervoer moved to the Wmo team by the beheerder: with jeugd it now needs two teams.
        (await VoorstelAsync(["jeugd", "leerlingenvervoer"])).GetProperty("samenstelling").GetString().Should().Be("enkelvoudig");
        await using (var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new Npgsql.NpgsqlCommand("update overdracht.routering set team_code = 'wmo' where expertise = 'leerlingenvervoer'", connection);
            await update.ExecuteNonQueryAsync();
        }

        try
        {
            (await VoorstelAsync(["jeugd", "leerlingenvervoer"])).GetProperty("samenstelling").GetString().Should().Be("meervoudig");
        }
        finally
        {
            await using var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString);
            await connection.OpenAsync();
            await using var terug = new Npgsql.NpgsqlCommand("update overdracht.routering set team_code = 'jeugd-onderwijs' where expertise = 'leerlingenvervoer'", connection);
            await terug.ExecuteNonQueryAsync();
        }
    }

    private static string? Partner(JsonElement team) =>
        team.GetProperty("partnerOrganisatie").ValueKind == JsonValueKind.Null ? null : team.GetProperty("partnerOrganisatie").GetString();

    private async Task<JsonElement> VoorstelAsync(IEnumerable<string> expertises)
    {
        var response = await Client.GetAsync("/api/v1/expertises/voorstel?" + string.Join("&", expertises.Select(e => $"expertise={e}")));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }
}
