using System.Collections.Concurrent;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// A module's pool for the work of requests (ADR 0024): connections that hold no session state beyond the actor's
/// row-level security setting, so they go back to the pool without Npgsql's reset (with auto-prepare that is seven
/// statements sent with the next command: <c>SET SESSION AUTHORIZATION DEFAULT; RESET ALL; CLOSE ALL; UNLISTEN *;
/// SELECT pg_advisory_unlock_all(); DISCARD SEQUENCES; DISCARD TEMP</c>), and a connection that already carries the
/// setting of this request's actor is not sent it again (one round trip less per open).
/// <para>
/// Safe because: (1) the only session state a request connection takes is the setting, and this class knows per
/// backend which one it carries: it forgets a backend when its physical connection is made (a new backend with a
/// reused process id starts unknown), before it sends a setting and until that succeeded, so an unknown or
/// uncertain backend is always sent the setting; a setting is sent outside any transaction (no ambient enlistment:
/// <c>Enlist=false</c>), so no rollback can undo it. (2) Npgsql still rolls back an open transaction when a connection
/// goes back to the pool. (3) What does take session state, a <c>LISTEN</c> or a session advisory lock, opens its
/// connection with <see cref="ModuleDb.OpenSessieAsync"/> from the pool that resets, so nothing of it stays behind.
/// </para>
/// </summary>
internal sealed class Verzoekverbindingen : IAsyncDisposable
{
    // Per backend process id of this pool: the setting it carries. Absent: unknown, so it is sent.
    private readonly ConcurrentDictionary<int, Rijbeveiliging.Instelling> gezet = new();

    public Verzoekverbindingen(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        builder.ConnectionStringBuilder.Enlist = false;
        builder.UsePhysicalConnectionInitializer(
            connection => Vergeet(connection.ProcessID),
            connection =>
            {
                Vergeet(connection.ProcessID);
                return Task.CompletedTask;
            });
        DataSource = builder.Build();
    }

    public NpgsqlDataSource DataSource { get; }

    public async ValueTask<NpgsqlConnection> OpenAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var instelling = Rijbeveiliging.Van(actor);
            var backend = connection.ProcessID;
            if (!gezet.TryGetValue(backend, out var huidig) || huidig != instelling)
            {
                // Unknown until it is certain: a setting that fails halfway is sent again next time.
                Vergeet(backend);
                await Rijbeveiliging.ZetAsync(connection, instelling);
                gezet[backend] = instelling;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void Vergeet(int backend) => gezet.TryRemove(backend, out _);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
