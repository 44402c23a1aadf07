using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>The migration runner on a database of its own, empty at the start (not cloned from the template).</summary>
public sealed class MigratieTests : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync()
    {
        var name = "nsd_leeg_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(TestDatabases.Server.AdminConnectionString("postgres"));
        await connection.ExecuteAsync($"create database {name}");
        connectionString = TestDatabases.Server.AdminConnectionString(name);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Twee_hosts_die_tegelijk_starten_migreren_de_database_eenmaal()
    {
        await using var eerste = TestDatabases.Services(connectionString);
        await using var tweede = TestDatabases.Services(connectionString);

        await Task.WhenAll(
            eerste.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None),
            tweede.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None));

        await using var connection = new NpgsqlConnection(connectionString);
        (await connection.ExecuteScalarAsync<long>("select count(*) from intake.schema_versions where source = 'module'")).Should().BeGreaterThan(0);
        (await connection.ExecuteScalarAsync<long>(
            "select count(*) - count(distinct (source, version)) from intake.schema_versions")).Should().Be(0);
    }

    [Fact]
    public async Task Een_gewijzigde_al_uitgevoerde_migratie_stopt_de_start()
    {
        await using var services = TestDatabases.Services(connectionString);
        var runner = services.GetRequiredService<MigrationRunner>();
        await runner.RunAsync(CancellationToken.None);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            // As if the file had been edited after it ran: its checksum no longer matches the record.
            await connection.ExecuteAsync("update intake.schema_versions set checksum = 'anders' where source = 'module' and version = 1");
        }

        var opnieuw = () => runner.RunAsync(CancellationToken.None);

        await opnieuw.Should().ThrowAsync<InvalidOperationException>().WithMessage("*intake module 0001_*was changed after it was applied*");
    }

    [Fact]
    public async Task Nogmaals_migreren_verandert_niets()
    {
        await using var services = TestDatabases.Services(connectionString);
        var runner = services.GetRequiredService<MigrationRunner>();
        await runner.RunAsync(CancellationToken.None);

        await runner.RunAsync(CancellationToken.None);

        foreach (var module in Host.Modules.All())
        {
            (await runner.PendingAsync(module, CancellationToken.None)).Should().BeEmpty();
        }
    }
}
