using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>
/// Prepares the database build/bench/vergelijk.sh runs the host and the baseline against: the host's migrations, 10,000
/// inwoners, 10,000 open aanmeldingen, 50,000 voorzieningen, an API key with the scopes the scenarios need and a
/// loketmedewerker account. Prints the key, the account and a file of inwoner ids as NAME=value lines.
/// Usage: dotnet run -c Release -- vergelijk-voorbereiden "connection string" directory
/// </summary>
internal static class VergelijkVoorbereiden
{
    public const string Wachtwoord = "vergelijk-wachtwoord-lang-genoeg";

    private const string Aanmeldingen = """
        insert into intake.aanmelding (id, kanaal, bron, vraag, urgentie, status, geregistreerd_op, onderwerpen)
        select gen_random_uuid(), (array['telefoon','e-mail','balie','website-formulier','chat'])[1 + i % 5], 'inwoner-zelf',
               'Gegenereerde vraag ' || i, (array['normaal','normaal','normaal','hoog'])[1 + i % 4], 'open',
               now() - make_interval(mins => i), array['financien']
        from generate_series(1, @Aantal) i;
        insert into intake.contactmoment (id, aanmelding_id, kanaal, tijdstip, vastgelegd_door, vastgelegd_op)
        select gen_random_uuid(), id, kanaal, geregistreerd_op, 'bench', geregistreerd_op from intake.aanmelding;
        analyze;
        """;

    public static async Task<int> RunAsync(string connectionString, string map)
    {
        await using var services = TestDatabases.Services(connectionString);
        await services.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None);
        NpgsqlConnection.ClearAllPools();

        await InwonersData.VulAsync(connectionString, aantal: 10_000, steekproef: 100);
        await SocialeKaartData.VulAsync(connectionString, organisaties: 5_000, voorzieningen: 50_000);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.ExecuteAsync(Aanmeldingen, new { Aantal = 10_000 }, commandTimeout: 600);
            var ids = await connection.QueryAsync<Guid>("select id from intake.inwoner order by id limit 1000");
            await File.WriteAllLinesAsync(Path.Combine(map, "inwoners.txt"), ids.Select(id => id.ToString()));
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        var (_, sleutel) = await scope.ServiceProvider.GetRequiredService<ApiSleutels>().MaakAsync("Vergelijking",
            [IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen, IntakeRechten.InwonersLezen, SocialeKaartRechten.Lezen], null);
        await scope.ServiceProvider.GetRequiredService<InlogDienst>().MaakAsync("vergelijk", "Vera Vergelijk", Wachtwoord, [Rollen.Loketmedewerker], []);
        Console.WriteLine($"SLEUTEL={sleutel}");
        Console.WriteLine("GEBRUIKER=vergelijk");
        Console.WriteLine($"WACHTWOORD={Wachtwoord}");
        return 0;
    }
}
