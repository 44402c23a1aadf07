using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>A module's own connection pool, signed in as the module's role.</summary>
public abstract class ModuleDb(string schema, NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public string Schema { get; } = schema;

    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>A connection for the actor of the current flow (see <see cref="ActorContext"/>), who decides which rows it sees.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenAsync(ActorContext.InDezeStroom, cancellationToken);

    public async ValueTask<NpgsqlConnection> OpenAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await Rijbeveiliging.ZetAsync(connection, actor);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs an event handler's work once per event: the inbox row and the work commit together, so a
    /// redelivered event (or two hosts delivering it at once) finds the row and does nothing.
    /// </summary>
    public async Task HandleOnceAsync(
        Guid eventId, string handler, Func<NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            $"insert into {Schema}.inbox (event_id, handler) values (@eventId, @handler) on conflict do nothing",
            new { eventId, handler },
            transaction);
        if (inserted == 0)
        {
            return;
        }

        await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return DataSource.DisposeAsync();
    }
}

/// <summary>The data source of module <typeparamref name="TModule"/>; inject this in the module's handlers.</summary>
public sealed class ModuleDb<TModule>(string schema, NpgsqlDataSource dataSource) : ModuleDb(schema, dataSource)
    where TModule : IModule;
