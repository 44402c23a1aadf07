using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Host;
using Npgsql;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// Databases for tests: once per test run the server is found or started and a template database is migrated
/// by the real migration runner; each test class then gets its own database cloned from that template.
/// </summary>
public static class TestDatabases
{
    private static readonly Lazy<IPostgresServer> LazyServer = new(() => Meld(Kies()));

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static IPostgresServer Server => LazyServer.Value;

    /// <summary>A new, migrated database of its own; returns its admin connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await Template.Value;
        var name = "nsd_test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(Server.AdminConnectionString("postgres"));
        await connection.ExecuteAsync($"create database {name} template {template}");
        return Server.AdminConnectionString(name);
    }

    /// <summary>The configuration the host and the slice fixture get: this database, demo data off.</summary>
    public static Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["ConnectionStrings:SociaalDomein"] = connectionString,
        ["Demo:Seed"] = "false",
        ["Outbox:PollMilliseconds"] = "500",
        // Tests sign in and call far more often than people do; the limits have tests of their own.
        ["RateLimits:InloggenPerMinuut"] = "10000",
        ["RateLimits:ApiPerMinuut"] = "100000",
        // Monitoring's pseudonym key: outside the database, as in production; a fixed one for tests.
        ["Monitoring:Pseudoniemsleutel"] = "dGVzdHMtb25seS1tb25pdG9yaW5nLXBzZXVkb25pZW0ta2V5",
        // The daily retention job (ADR 0030) would purge and propose at every host's start: its tests run its round themselves.
        ["Bewaring:Vernietiging:Enabled"] = "false",
    };

    /// <summary>A service provider with every module registered as the host has them, on the given database.</summary>
    public static ServiceProvider Services(string connectionString, Action<IServiceCollection>? configure = null, bool dispatcher = false)
    {
        var settings = Settings(connectionString);
        settings["Outbox:Enabled"] = dispatcher ? "true" : "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(NullLoggerProvider.Instance));
        services.AddModules(configuration, Modules.All());
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The modules' data sources that have an outbox (the append-only audit log has none).</summary>
    public static IEnumerable<ModuleDb> MetOutbox(IServiceProvider services)
    {
        var registry = services.GetRequiredService<ModuleRegistry>();
        return services.GetServices<ModuleDb>().Where(db => !registry.Modules.Single(m => m.Schema == db.Schema).AlleenToevoegen);
    }

    // NSD_TEST_DATABASE wins; then a container where Docker answers; else the machine's own binaries.
    private static IPostgresServer Kies() =>
        Environment.GetEnvironmentVariable("NSD_TEST_DATABASE") is { Length: > 0 } configured
            ? new ConfiguredPostgresServer(configured)
            : ContainerPostgresServer.DockerBereikbaar()
                ? ContainerPostgresServer.Start()
                : LocalPostgresCluster.Start();

    /// <summary>
    /// Adds the choice to the file <c>NSD_TEST_REPORT</c> names: every test process makes the same choice, and
    /// build/test.sh prints the distinct lines once for the whole run.
    /// </summary>
    private static IPostgresServer Meld(IPostgresServer server)
    {
        if (Environment.GetEnvironmentVariable("NSD_TEST_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, $"Testdatabase: {server.Beschrijving}{Environment.NewLine}");
        }

        return server;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "nsd_template_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(Server.AdminConnectionString("postgres")))
        {
            await connection.ExecuteAsync($"create database {name}");
        }

        await using (var services = Services(Server.AdminConnectionString(name)))
        {
            await services.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None);
        }

        // A template may have no open connections when it is cloned; pooled idle ones count.
        NpgsqlConnection.ClearAllPools();
        return name;
    }
}
