using System.Diagnostics;
using System.Globalization;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>
/// Sociale kaart search on 50,000 generated voorzieningen: a word and two filters (leefgebied, kern), first page. Four
/// ways, taken in turn on the same questions so that a busy machine slows all alike: the database alone with the
/// statement as it was before migration 0007 (three indexes and their intersection, composed per filter), the database
/// alone with the handler's statement (its own connection from the module's pool, no mediator, no row security call),
/// through the mediator, and through the API. The ratios show what the module's pipeline and the host add.
/// </summary>
internal static class SocialeKaartZoeken
{
    private const int Voorzieningen = 50_000;
    private static readonly string[] Woorden = ["schuld", "taal", "mantelzorg", "formulier", "vervoer", "opvoed", "maatjes", "voedsel", "inloop", "buurthuis"];
    private static readonly string[] Leefgebieden = ["financien", "sociaal-netwerk", "huisvesting", "tijdsbesteding", "instrumentele-adl"];
    private static readonly string[] Kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];

    // The statement before migration 0007 for a word, a leefgebied and a kern (ADR 0006), kept here as the baseline.
    private const string Voorheen =
        """
        with treffers as (
            select v.id, ts_rank_cd(v.zoekvector, (to_tsquery('sociale_kaart.nederlands', @Tsquery) || to_tsquery('sociale_kaart.eenvoudig', @Tsquery))) as rang,
                   v.naam, count(*) over () as totaal
            from sociale_kaart.voorziening v
            where v.gearchiveerd_op is null
              and v.zoekvector @@ (to_tsquery('sociale_kaart.nederlands', @Tsquery) || to_tsquery('sociale_kaart.eenvoudig', @Tsquery))
              and v.leefgebieden @> array[@Leefgebied::text] and v.kernen @> array[@Kern::text]
            order by rang desc, v.naam, v.id
            limit @Limiet offset @Offset)
        select v.id, v.naam, o.naam, v.omschrijving, v.leefgebieden, v.doelgroepen, v.kosteloos, v.soort, v.kernen, t.totaal
        from treffers t
        join sociale_kaart.voorziening v on v.id = t.id
        join sociale_kaart.organisatie o on o.id = v.organisatie_id
        order by t.rang desc, t.naam, t.id
        """;

    public static async Task RunAsync(ApiFactory host)
    {
        var vullen = Stopwatch.StartNew();
        await SocialeKaartData.VulAsync(host.ConnectionString, organisaties: 5_000, voorzieningen: Voorzieningen);
        Console.WriteLine($"Sociale kaart gevuld met {Voorzieningen:N0} voorzieningen in {vullen.Elapsed.TotalSeconds:0} s");

        await using var services = TestDatabases.Services(host.ConnectionString);
        // The module's own pool, as the handler has it: the same connection string, so the same automatic preparation.
        var db = services.GetRequiredService<ModuleDb<SocialeKaartModule>>();
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var client = await host.ClientMetSleutelAsync([SocialeKaartRechten.Lezen]);

        var manieren = new (string Naam, Func<int, Task> Operatie)[]
        {
            ("Database alleen, statement van voor 0007", async i =>
            {
                var q = Vraag(i);
                await LeesAlles(connection, Voorheen, new
                {
                    Tsquery = Zoekvraag.NaarTsquery(q.Zoek), q.Leefgebied, q.Kern, Limiet = q.Paginering.PaginaGrootte, q.Paginering.Offset,
                });
            }),
            ("Database alleen, statement van de handler", async i =>
                await LeesAlles(connection, ZoekVoorzieningen.Zoekopdracht.Tekst, ZoekVoorzieningen.Zoekopdracht.Van(Vraag(i))!)),
            ("Via de mediator (pijplijn, pool, rijbeveiliging)", async i =>
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = TestActors.AlleRechten;
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(Vraag(i));
            }),
            ("Via de API (HTTP door de host)", async i =>
            {
                var q = Vraag(i);
                var response = await client.GetAsync($"/api/v1/sociale-kaart/voorzieningen?zoek={q.Zoek}&leefgebied={q.Leefgebied}&kern={q.Kern}");
                response.EnsureSuccessStatusCode();
            }),
        };

        var tijden = await MeetOmBeurtenAsync(manieren.Select(m => m.Operatie).ToArray(), warmup: 200, aantal: 1000);
        var basis = P(tijden[1], 0.95);
        for (var m = 0; m < manieren.Length; m++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{manieren[m].Naam}: n={tijden[m].Length} p50={P(tijden[m], 0.50):0.0} ms p95={P(tijden[m], 0.95):0.0} ms p99={P(tijden[m], 0.99):0.0} ms (p95 {P(tijden[m], 0.95) / basis:0.00}x de database alleen)"));
        }
    }

    private static ZoekVoorzieningen.Query Vraag(int i) =>
        new(Woorden[i % Woorden.Length], Leefgebieden[i % Leefgebieden.Length], null, Kernen[i % Kernen.Length], null, null, new Paginering(1, 20));

    // Reads every row and column, as a handler would, without building objects.
    private static async Task LeesAlles(NpgsqlConnection connection, string sql, object parameters)
    {
        await using var reader = await connection.ExecuteReaderAsync(sql, parameters);
        while (await reader.ReadAsync())
        {
            for (var k = 0; k < reader.FieldCount; k++)
            {
                _ = reader.GetValue(k);
            }
        }
    }

    // Each round runs every way once on the same question, so a busy moment of the shared machine hits all ways alike.
    private static async Task<double[][]> MeetOmBeurtenAsync(Func<int, Task>[] operaties, int warmup, int aantal)
    {
        for (var i = 0; i < warmup; i++)
        {
            foreach (var operatie in operaties)
            {
                await operatie(i);
            }
        }

        var tijden = operaties.Select(_ => new double[aantal]).ToArray();
        for (var i = 0; i < aantal; i++)
        {
            for (var m = 0; m < operaties.Length; m++)
            {
                var klok = Stopwatch.StartNew();
                await operaties[m](i);
                tijden[m][i] = klok.Elapsed.TotalMilliseconds;
            }
        }

        foreach (var t in tijden)
        {
            Array.Sort(t);
        }

        return tijden;
    }

    private static double P(double[] gesorteerd, double p) => gesorteerd[Math.Min(gesorteerd.Length - 1, (int)Math.Ceiling(p * gesorteerd.Length) - 1)];
}
