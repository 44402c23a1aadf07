using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.Host.Toegang;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// An integrator who trusts only the document: a TypeScript client is generated from the document the host serves
/// (openapi-typescript), compiled with tsc in strict mode and run with node against that host. A document that
/// describes the wrong bodies or responses fails here at compile time; a route that does not work fails at run time.
/// </summary>
public sealed class TypedClientTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private static readonly string Map = ZoekMap();

    [Fact]
    public async Task Een_uit_het_document_gegenereerde_client_registreert_meldt_aan_en_zet_door_naar_vraagverheldering()
    {
        var adres = factory.Start();
        var sleutel = await factory.MaakSleutelAsync(
            [IntakeRechten.InwonersSchrijven, IntakeRechten.InwonersLezen, IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen, IntakeRechten.AanmeldingenBehandelen, VraagverhelderingRechten.Lezen]);

        await InstalleerAsync();
        foreach (var gemaakt in new[] { "generated", "dist" }.Select(m => Path.Combine(Map, m)).Where(Directory.Exists))
        {
            Directory.Delete(gemaakt, recursive: true);
        }

        await VoerUitAsync("genereren", "node", ["node_modules/openapi-typescript/bin/cli.js", new Uri(adres, "/api/v1/openapi.json").ToString(), "--output", "generated/api.ts"]);
        await VoerUitAsync("compileren", "node", ["node_modules/typescript/bin/tsc", "--project", "tsconfig.json"]);
        var uitvoer = await VoerUitAsync("de route", "node", ["dist/src/route.js"], new() { ["NSD_API_ADRES"] = adres.ToString(), ["NSD_API_SLEUTEL"] = sleutel });

        // The driver asserts each typed response itself; its last line says what it made, checked here apart from it.
        var route = JsonDocument.Parse(uitvoer.TrimEnd().Split('\n')[^1]).RootElement;
        var aanmeldingId = route.GetProperty("aanmeldingId").GetGuid();
        using var client = new HttpClient { BaseAddress = adres };
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, sleutel);
        var aanmelding = await client.GetFromJsonAsync<JsonElement>($"/api/v1/aanmeldingen/{aanmeldingId}");
        aanmelding.GetProperty("status").GetString().Should().Be("doorgezet");
        aanmelding.GetProperty("inwonerId").GetGuid().Should().Be(route.GetProperty("inwonerId").GetGuid());
        var overzicht = await client.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{route.GetProperty("inwonerId").GetGuid()}/overzicht");
        overzicht.GetProperty("vraagverhelderingen").EnumerateArray().Select(v => v.GetProperty("id").GetGuid())
            .Should().Equal(route.GetProperty("vraagverheldering").GetProperty("id").GetGuid());
    }

    /// <summary>build/test.sh runs <c>npm ci</c> here on every run; a test run on its own installs only when nothing is installed yet.</summary>
    private static async Task InstalleerAsync()
    {
        if (!File.Exists(Path.Combine(Map, "node_modules", ".package-lock.json")))
        {
            await VoerUitAsync("npm ci", "npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);
        }
    }

    private static async Task<string> VoerUitAsync(string stap, string programma, IEnumerable<string> argumenten, Dictionary<string, string>? omgeving = null)
    {
        var start = new ProcessStartInfo(programma, argumenten)
        {
            WorkingDirectory = Map,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (naam, waarde) in omgeving ?? [])
        {
            start.Environment[naam] = waarde;
        }

        using var proces = Process.Start(start)!;
        var stdout = proces.StandardOutput.ReadToEndAsync();
        var stderr = proces.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await proces.WaitForExitAsync(tijd.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw new TimeoutException($"{stap} duurde langer dan drie minuten:\n{await stdout}\n{await stderr}");
        }

        proces.ExitCode.Should().Be(0, $"{stap} ({programma} {string.Join(' ', argumenten)}) moet slagen:\n{await stdout}\n{await stderr}");
        return await stdout;
    }

    private static string ZoekMap()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "Nijkerk.SociaalDomein.sln")))
            {
                return Path.Combine(map.FullName, "tests", "Nijkerk.SociaalDomein.Api.Tests", "TypedClient");
            }
        }

        throw new DirectoryNotFoundException("De map van de repository (met Nijkerk.SociaalDomein.sln) is niet gevonden.");
    }
}
