using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Bench;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

// Sociale kaart search on 50,000 generated voorzieningen: a word and two filters (leefgebied, kern), first page.
// Uses NSD_TEST_DATABASE when set, otherwise a throwaway PostgreSQL cluster, like the tests.
// The host factory reads its manifest from the current directory, as tests have it.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
const int Voorzieningen = 50_000;
string[] woorden = ["schuld", "taal", "mantelzorg", "formulier", "vervoer", "opvoed", "maatjes", "voedsel", "inloop", "buurthuis"];
string[] leefgebieden = ["financien", "sociaal-netwerk", "huisvesting", "tijdsbesteding", "instrumentele-adl"];
string[] kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];

await using var host = new ApiFactory();
await host.InitializeAsync();
var vullen = System.Diagnostics.Stopwatch.StartNew();
await SocialeKaartData.VulAsync(host.ConnectionString, organisaties: 5_000, voorzieningen: Voorzieningen);
Console.WriteLine($"Sociale kaart gevuld met {Voorzieningen:N0} voorzieningen in {vullen.Elapsed.TotalSeconds:0} s");

ZoekVoorzieningen.Query Vraag(int i) =>
    new(woorden[i % woorden.Length], leefgebieden[i % leefgebieden.Length], null, kernen[i % kernen.Length], null, null, new Paginering(1, 20));

await using (var services = TestDatabases.Services(host.ConnectionString))
{
    Console.WriteLine(await Meting.MeetAsync("Zoeken via de mediator (database inbegrepen)", warmup: 200, aantal: 1000, async i =>
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = TestActors.AlleRechten;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(Vraag(i));
    }));
}

var client = await host.ClientMetSleutelAsync([Rechten.SocialeKaartLezen]);
Console.WriteLine(await Meting.MeetAsync("Zoeken via de API (HTTP door de host)", warmup: 200, aantal: 1000, async i =>
{
    var q = Vraag(i);
    var response = await client.GetAsync($"/api/v1/sociale-kaart/voorzieningen?zoek={q.Zoek}&leefgebied={q.Leefgebied}&kern={q.Kern}");
    response.EnsureSuccessStatusCode();
}));
