using System.Net.Http.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>POST /api/v1/aanmeldingen with an Idempotency-Key, through the host, on a table of 100,000 aanmeldingen.</summary>
internal static class AanmeldingRegistreren
{
    private const int Bestaand = 100_000;
    private static readonly string[] Kanalen = ["telefoon", "e-mail", "balie", "website-formulier", "chat"];

    private const string Vul = """
        insert into intake.aanmelding (id, kanaal, bron, vraag, urgentie, status, geregistreerd_op, onderwerpen)
        select gen_random_uuid(), (array['telefoon','e-mail','balie','website-formulier','chat'])[1 + i % 5], 'inwoner-zelf',
               'Gegenereerde vraag ' || i, 'normaal', 'open', now() - make_interval(mins => i), array['financien']
        from generate_series(1, @Aantal) i;
        insert into intake.contactmoment (id, aanmelding_id, kanaal, tijdstip, vastgelegd_door, vastgelegd_op)
        select gen_random_uuid(), id, kanaal, geregistreerd_op, 'bench', geregistreerd_op from intake.aanmelding;
        analyze intake.aanmelding;
        analyze intake.contactmoment;
        """;

    public static async Task RunAsync(ApiFactory host)
    {
        var vullen = System.Diagnostics.Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.ExecuteAsync(Vul, new { Aantal = Bestaand }, commandTimeout: 600);
        }

        Console.WriteLine($"Intake gevuld met {Bestaand:N0} aanmeldingen in {vullen.Elapsed.TotalSeconds:0} s");
        var client = await host.ClientMetSleutelAsync([IntakeRechten.AanmeldingenSchrijven]);
        Console.WriteLine(await Meting.MeetAsync("Aanmelding registreren via de API, met Idempotency-Key", warmup: 200, aantal: 2000, async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/aanmeldingen")
            {
                Content = JsonContent.Create(new
                {
                    kanaal = Kanalen[i % Kanalen.Length], bron = "inwoner-zelf", vraag = $"Meting {i}", urgentie = "normaal",
                    onderwerpen = new[] { "financien", "huisvesting" }, transparantieGegeven = true,
                }),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }));
    }
}
