using System.Net.Http.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>
/// Finding an inwoner among 1,000,000 generated ones through the API (POST /api/v1/inwoners/_zoek, audit log included):
/// by BSN, and by achternaam with geboortedatum. Prints the plans too, so an index that is not used shows.
/// </summary>
internal static class InwonersZoeken
{
    private const int Inwoners = 1_000_000;

    public static async Task RunAsync(ApiFactory host)
    {
        var vullen = System.Diagnostics.Stopwatch.StartNew();
        var steekproef = await InwonersData.VulAsync(host.ConnectionString, Inwoners, steekproef: 1_000);
        Console.WriteLine($"Personenregister gevuld met {Inwoners:N0} inwoners in {vullen.Elapsed.TotalSeconds:0} s");

        var eerste = steekproef[0];
        await ToonPlanAsync(host.ConnectionString, "BSN",
            "explain (analyze, costs off) select id from intake.inwoner where samengevoegd_in is null and bsn = $1", eerste.Bsn);
        await ToonPlanAsync(host.ConnectionString, "achternaam + geboortedatum",
            "explain (analyze, costs off) select id from intake.inwoner where samengevoegd_in is null and lower(achternaam) = lower($1) and geboortedatum = $2",
            eerste.Achternaam, eerste.Geboortedatum);

        var client = await host.ClientMetSleutelAsync([IntakeRechten.InwonersLezen]);
        Console.WriteLine(await Meting.MeetAsync("Zoeken op BSN via de API", warmup: 200, aantal: 1000, async i =>
        {
            var response = await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = steekproef[i % steekproef.Count].Bsn });
            response.EnsureSuccessStatusCode();
        }));
        Console.WriteLine(await Meting.MeetAsync("Zoeken op achternaam + geboortedatum via de API", warmup: 200, aantal: 1000, async i =>
        {
            var monster = steekproef[(i * 7) % steekproef.Count];
            var response = await client.PostAsJsonAsync("/api/v1/inwoners/_zoek",
                new { achternaam = monster.Achternaam.ToUpperInvariant(), geboortedatum = monster.Geboortedatum });
            response.EnsureSuccessStatusCode();
        }));
    }

    private static async Task ToonPlanAsync(string connectionString, string naam, string sql, params object[] waarden)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand(sql, connection);
        foreach (var waarde in waarden)
        {
            explain.Parameters.Add(new NpgsqlParameter { Value = waarde });
        }

        Console.WriteLine($"Plan ({naam}):");
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine("  " + reader.GetString(0));
        }
    }
}
