using System.Diagnostics;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests.TweeHosts;

/// <summary>
/// Two real hosts on one database, as two instances behind a load balancer: each runs its own outbox dispatcher, its
/// own term guard and retention job (every second here) and its own listeners, and keeps its own Data Protection key ring in memory.
/// Both are started before a test begins, so every background job runs on both from the first event on.
/// </summary>
public sealed class HostPaar : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public Instantie A { get; private set; } = null!;

    public Instantie B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateAsync();
        A = new Instantie(ConnectionString);
        B = new Instantie(ConnectionString);
        // Services starts a host: its hosted services (dispatcher, term guard, listeners) run from here on.
        _ = A.Services;
        _ = B.Services;
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }

    /// <summary>The schemas whose module has an outbox (every module but the append-only audit log).</summary>
    public IReadOnlyList<string> SchemasMetOutbox() => [.. TestDatabases.MetOutbox(A.Services).Select(db => db.Schema)];

    /// <summary>
    /// Waits (at most a minute) until both dispatchers are done: no event waits to be handed on and no delivery waits or
    /// failed, in every module at once (one statement, one snapshot). A handler commits its own events before its delivery
    /// is marked, so a quiet moment is a real end. Answers what was still open, empty when quiet.
    /// </summary>
    public async Task<string> StilAsync()
    {
        var sql = string.Join(" union all ", SchemasMetOutbox().Select(s =>
            $"""
            select '{s}.outbox ' || status, count(*) from {s}.outbox where status <> 'gepubliceerd' group by status
            union all select '{s}.aflevering ' || status, count(*) from {s}.aflevering where status <> 'afgeleverd' group by status
            """));
        var klok = Stopwatch.StartNew();
        while (true)
        {
            var open = (await QueryAsync<(string Wat, long Aantal)>(sql)).ToList();
            if (open.Count == 0 || open.Any(o => o.Wat.EndsWith(" mislukt", StringComparison.Ordinal)) || klok.Elapsed > TimeSpan.FromMinutes(1))
            {
                return string.Join(", ", open.Select(o => $"{o.Wat}: {o.Aantal}"));
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Polls a count (every 100 ms, at most a minute) until it reaches <paramref name="verwacht"/>; answers the last count.</summary>
    public async Task<long> TotAsync(string sql, long verwacht, object? parameters = null)
    {
        var klok = Stopwatch.StartNew();
        long aantal;
        while ((aantal = await ScalarAsync<long>(sql, parameters)) < verwacht && klok.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(100);
        }

        return aantal;
    }

    public async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.QueryAsync<T>(sql, parameters);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("Geen waarde: " + sql);
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>One of the two: the shared database, the term guard every second, and its log lines kept.</summary>
    public sealed class Instantie(string connectionString) : ApiFactory
    {
        public LogVanger Logs { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [
                .. TestDatabases.Settings(connectionString), new("Overdracht:Termijnbewaking:IntervalSeconden", "1"),
                // The retention job runs on both, every second or so (the test databases switch it off elsewhere).
                new("Bewaring:Vernietiging:Enabled", "true"), new("Bewaring:Vernietiging:IntervalUren", "0.0003"),
            ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
