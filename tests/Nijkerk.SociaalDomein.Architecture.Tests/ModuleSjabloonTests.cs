using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>
/// Adding a module is one command and one line, proven on a copy of the repository. SLOW (minutes: a build of the
/// host and a test run of the new module); filter it out with <c>--filter Duur!=Lang</c> while working on other things.
/// </summary>
public sealed partial class ModuleSjabloonTests
{
    private static readonly TimeSpan Ruim = TimeSpan.FromMinutes(15);

    [Fact]
    [Trait("Duur", "Lang")]
    public async Task Een_nieuwe_module_is_een_commando_en_draait_in_de_host()
    {
        var repository = Repository();
        var kopie = Directory.CreateTempSubdirectory("nsd-module-").FullName;
        try
        {
            await KopieerAsync(repository, kopie);

            await DraaiAsync(kopie, "bash", "build/new-module.sh Proef");
            // The command alone puts the module in the host's list: no line to add by hand.
            var modules = await File.ReadAllTextAsync(Path.Combine(kopie, "src/Nijkerk.SociaalDomein.Host/Modules.cs"));
            DomeinLijst().Match(modules).Value.Should().Contain("new Proef.ProefModule(),");

            const string Tests = "tests/Nijkerk.SociaalDomein.Proef.Tests";
            await DraaiAsync(kopie, "dotnet", $"build {Tests} --nologo -v quiet -clp:ErrorsOnly -nodeReuse:false");
            var uitvoer = await DraaiAsync(kopie, "dotnet", $"test {Tests} --no-build --nologo");

            // The slice test through the module's own role and schema, and the host: endpoint, page, navigation.
            uitvoer.Should().MatchRegex(@"Failed:\s+0, Passed:\s+4\b");
        }
        finally
        {
            Directory.Delete(kopie, recursive: true);
        }
    }

    private static string Repository()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Nijkerk.SociaalDomein.sln")))
        {
            map = map.Parent;
        }

        return map?.FullName ?? throw new InvalidOperationException("No Nijkerk.SociaalDomein.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>What git would check out (also files not yet committed), plus the front-end files the build installs from npm.</summary>
    private static async Task KopieerAsync(string repository, string kopie)
    {
        var bestanden = await DraaiAsync(repository, "git", "ls-files --cached --others --exclude-standard");
        foreach (var bestand in bestanden.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bron = Path.Combine(repository, bestand);
            if (File.Exists(bron))
            {
                var doel = Path.Combine(kopie, bestand);
                Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
                File.Copy(bron, doel);
            }
        }

        const string Lib = "src/Nijkerk.SociaalDomein.Host/wwwroot/lib";
        foreach (var bron in Directory.EnumerateFiles(Path.Combine(repository, Lib), "*", SearchOption.AllDirectories))
        {
            var doel = Path.Combine(kopie, Lib, Path.GetRelativePath(Path.Combine(repository, Lib), bron));
            Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
            File.Copy(bron, doel);
        }
    }

    private static async Task<string> DraaiAsync(string map, string programma, string argumenten)
    {
        var start = new ProcessStartInfo(programma, argumenten)
        {
            WorkingDirectory = map,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // The test host's own settings would steer the nested dotnet test.
        foreach (var naam in start.Environment.Keys.Where(k => k.StartsWith("VSTEST", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(naam);
        }

        using var proces = Process.Start(start)!;
        using var tijd = new CancellationTokenSource(Ruim);
        var uitvoer = proces.StandardOutput.ReadToEndAsync(tijd.Token);
        var fouten = proces.StandardError.ReadToEndAsync(tijd.Token);
        try
        {
            await proces.WaitForExitAsync(tijd.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw;
        }

        var alles = await uitvoer + await fouten;
        proces.ExitCode.Should().Be(0, $"{programma} {argumenten} in {map} failed:\n{alles}");
        return alles;
    }

    [GeneratedRegex(@"Domein\(\) =>\s*\[[^\]]*\]")]
    private static partial Regex DomeinLijst();
}
