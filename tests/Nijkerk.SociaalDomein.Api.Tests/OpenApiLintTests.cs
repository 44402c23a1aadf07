using System.Diagnostics;
using System.Text.Json;
using Nijkerk.SociaalDomein.Testing;
using Xunit.Abstractions;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Lints the OpenAPI document the host serves with the Dutch API Design Rules rulesets (Spectral CLI from npm).
/// The rulesets come from ADR_RULESET when set, else from ../shared/api/adr-ruleset beside the repo, else
/// from the official address. They are never copied into this repo.
/// </summary>
public sealed class OpenApiLintTests(ApiFactory factory, ITestOutputHelper output) : ApiTestBase(factory)
{
    private const string Spectral = "@stoplight/spectral-cli@6.16.3";
    private const string OfficialRuleset = "https://static.developer.overheid.nl/adr/ruleset.yaml";

    public static TheoryData<string> Rulesets()
    {
        var data = new TheoryData<string>();
        if (Environment.GetEnvironmentVariable("ADR_RULESET") is { Length: > 0 } configured)
        {
            data.Add(configured);
            return data;
        }

        var shared = FindSharedRulesets();
        if (shared is null)
        {
            data.Add(OfficialRuleset);
            return data;
        }

        data.Add(Path.Combine(shared, "spectral.yml"));
        data.Add(Path.Combine(shared, "linter.yaml"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Rulesets))]
    public async Task Het_geserveerde_openapi_document_heeft_geen_fouten_volgens_de_api_design_rules(string ruleset)
    {
        var document = Path.Combine(Path.GetTempPath(), $"nsd-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await Client.GetStringAsync("/api/v1/openapi.json"));

        var (exitCode, stdout, stderr) = await RunAsync("npx", $"--yes {Spectral} lint {document} --ruleset {ruleset} --format json --fail-severity error");
        File.Delete(document);

        // Spectral prints the JSON array and, when it is empty, a sentence after it: read the array alone.
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(stdout[stdout.IndexOf('[', StringComparison.Ordinal)..]));
        var problems = JsonDocument.ParseValue(ref reader).RootElement.EnumerateArray().ToList();
        foreach (var problem in problems)
        {
            output.WriteLine($"{problem.GetProperty("severity").GetInt32()} {problem.GetProperty("code")}: {problem.GetProperty("message")} at {Pad(problem)}");
        }

        var errors = problems.Where(p => p.GetProperty("severity").GetInt32() == 0).Select(p => $"{p.GetProperty("code")}: {p.GetProperty("message")} at {Pad(p)}");
        errors.Should().BeEmpty();
        exitCode.Should().Be(0, stderr);
    }

    private static string Pad(JsonElement problem) =>
        problem.TryGetProperty("path", out var pad) ? string.Join('.', pad.EnumerateArray().Select(d => d.ToString())) : "";

    private static string? FindSharedRulesets()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Nijkerk.SociaalDomein.sln")))
            {
                var shared = Path.Combine(directory.FullName, "..", "shared", "api", "adr-ruleset");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
