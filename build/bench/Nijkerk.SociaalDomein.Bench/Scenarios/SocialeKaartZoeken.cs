using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>Sociale kaart search on 50,000 generated voorzieningen: a word and two filters (leefgebied, kern), first page.</summary>
internal static class SocialeKaartZoeken
{
    private const int Voorzieningen = 50_000;
    private static readonly string[] Woorden = ["schuld", "taal", "mantelzorg", "formulier", "vervoer", "opvoed", "maatjes", "voedsel", "inloop", "buurthuis"];
    private static readonly string[] Leefgebieden = ["financien", "sociaal-netwerk", "huisvesting", "tijdsbesteding", "instrumentele-adl"];
    private static readonly string[] Kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];

    public static async Task RunAsync(ApiFactory host)
    {
        var vullen = System.Diagnostics.Stopwatch.StartNew();
        await SocialeKaartData.VulAsync(host.ConnectionString, organisaties: 5_000, voorzieningen: Voorzieningen);
        Console.WriteLine($"Sociale kaart gevuld met {Voorzieningen:N0} voorzieningen in {vullen.Elapsed.TotalSeconds:0} s");

        await using (var services = TestDatabases.Services(host.ConnectionString))
        {
            Console.WriteLine(await Meting.MeetAsync("Zoeken via de mediator (database inbegrepen)", warmup: 200, aantal: 1000, async i =>
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = TestActors.AlleRechten;
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(Vraag(i));
            }));
        }

        var client = await host.ClientMetSleutelAsync([SocialeKaartRechten.Lezen]);
        Console.WriteLine(await Meting.MeetAsync("Zoeken via de API (HTTP door de host)", warmup: 200, aantal: 1000, async i =>
        {
            var q = Vraag(i);
            var response = await client.GetAsync($"/api/v1/sociale-kaart/voorzieningen?zoek={q.Zoek}&leefgebied={q.Leefgebied}&kern={q.Kern}");
            response.EnsureSuccessStatusCode();
        }));
    }

    private static ZoekVoorzieningen.Query Vraag(int i) =>
        new(Woorden[i % Woorden.Length], Leefgebieden[i % Leefgebieden.Length], null, Kernen[i % Kernen.Length], null, null, new Paginering(1, 20));
}
