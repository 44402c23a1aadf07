using System.Net;
using Npgsql;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>A failure nobody planned for, here the database refusing the module's own table, on a database of its own.</summary>
public sealed class OnverwachteFoutTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Een_onverwachte_fout_geeft_een_500_problem_zonder_iets_van_de_binnenkant()
    {
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var revoke = new NpgsqlCommand("revoke all on intake.aanmelding from nsd_intake", connection);
            await revoke.ExecuteNonQueryAsync();
        }

        var response = await Client.GetAsync("/api/v1/aanmeldingen");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("Interne fout").And.NotContainAny("aanmelding\"", "intake.", "permission", "Npgsql", "at Nijkerk", "42501");
        response.Headers.GetValues("API-Version").Should().Equal("1.2.0");
    }
}
