using System.Diagnostics;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests.Bedrijfsvoering;

/// <summary>The built host and the repo's scripts as a municipality runs them: a child process, its exit code and output.</summary>
internal static class Proces
{
    public sealed record Uitkomst(int ExitCode, string Uitvoer)
    {
        public override string ToString() => $"exit {ExitCode}: {Uitvoer}";
    }

    /// <summary><c>dotnet Nijkerk.SociaalDomein.Host.dll migrate</c> as the database owner of <paramref name="adminConnectionString"/>.</summary>
    public static Task<Uitkomst> MigreerAsync(string adminConnectionString, IDictionary<string, string?>? extra = null)
    {
        var omgeving = TestDatabases.Settings(adminConnectionString)
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        omgeving["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (sleutel, waarde) in extra ?? new Dictionary<string, string?>())
        {
            omgeving[sleutel] = waarde;
        }

        return StartAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Nijkerk.SociaalDomein.Host.dll"), "migrate"], AppContext.BaseDirectory, omgeving);
    }

    /// <summary><c>build/db.sh</c> with the connection of <paramref name="adminConnectionString"/> (never the local cluster).</summary>
    public static Task<Uitkomst> DbScriptAsync(string adminConnectionString, params string[] argumenten)
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString);
        return StartAsync(Path.Combine(RepoMap(), "build", "db.sh"), argumenten, RepoMap(), new Dictionary<string, string?>
        {
            ["NSD_DB_HOST"] = builder.Host,
            ["NSD_DB_PORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NSD_DB_NAME"] = builder.Database,
            ["NSD_DB_USER"] = builder.Username,
            ["NSD_DB_PASSWORD"] = builder.Password,
        });
    }

    public static string RepoMap()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "Nijkerk.SociaalDomein.sln")))
            {
                return map.FullName;
            }
        }

        throw new InvalidOperationException("Nijkerk.SociaalDomein.sln niet gevonden boven " + AppContext.BaseDirectory);
    }

    private static async Task<Uitkomst> StartAsync(string programma, IEnumerable<string> argumenten, string map, IDictionary<string, string?> omgeving)
    {
        var start = new ProcessStartInfo(programma, argumenten)
        {
            WorkingDirectory = map,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (sleutel, waarde) in omgeving)
        {
            start.Environment[sleutel] = waarde;
        }

        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await proces.WaitForExitAsync(tijd.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(programma)} {string.Join(' ', argumenten)} duurde langer dan 3 minuten.");
        }

        return new Uitkomst(proces.ExitCode, await uit + await fout);
    }
}
