using Nijkerk.SociaalDomein.Bench.Scenarios;
using Nijkerk.SociaalDomein.Testing;

// Latency benchmarks, one scenario per run: dotnet run -c Release -- <scenario>. Each uses NSD_TEST_DATABASE when
// set, otherwise a throwaway PostgreSQL cluster, like the tests, and prints p50/p95/p99.
// The host factory reads its manifest from the current directory, as tests have it.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var scenarios = new Dictionary<string, Func<ApiFactory, Task>>
{
    ["sociale-kaart"] = SocialeKaartZoeken.RunAsync,
    ["aanmelding"] = AanmeldingRegistreren.RunAsync,
    ["inwoners"] = InwonersZoeken.RunAsync,
    ["vraagverheldering"] = VraagverhelderingWerkvoorraad.RunAsync,
    ["regie"] = RegieWerkvoorraad.RunAsync,
    ["monitoring"] = MonitoringKerncijfers.RunAsync,
    ["crisisbalk"] = CrisisbalkSchermen.RunAsync,
    ["gebeurtenissen"] = GebeurtenissenVerwerken.RunAsync,
};

// build/bench/vergelijk.sh prepares its database with this; it is no measurement of its own.
if (args is ["vergelijk-voorbereiden", var verbinding, var map])
{
    return await VergelijkVoorbereiden.RunAsync(verbinding, map);
}

if (args.Length != 1 || !scenarios.TryGetValue(args[0], out var scenario))
{
    Console.Error.WriteLine($"usage: Nijkerk.SociaalDomein.Bench <{string.Join('|', scenarios.Keys)}>");
    return 2;
}

await using var host = new ApiFactory();
await host.InitializeAsync();
await scenario(host);
return 0;
