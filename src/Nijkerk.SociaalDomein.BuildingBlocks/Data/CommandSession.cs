using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// The connection and transaction the transaction behaviour opened for the command being handled.
/// A command handler writes through it and raises its events into the same transaction, so the state
/// change and its events are committed together or not at all.
/// </summary>
public sealed class CommandSession
{
    private readonly Stack<Unit> units = new();

    public NpgsqlConnection Connection => Current.Connection;

    public NpgsqlTransaction Transaction => Current.Transaction;

    /// <summary>The schema of the module whose command holds the transaction.</summary>
    public string Schema => Current.Schema;

    private Unit Current => units.TryPeek(out var unit)
        ? unit
        : throw new InvalidOperationException("No command transaction is open: only commands (ICommand) get one.");

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        Connection.ExecuteAsync(sql, parameters, Transaction);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        Connection.QuerySingleOrDefaultAsync<T>(sql, parameters, Transaction);

    /// <summary>
    /// Writes the event into this module's outbox, in the command's transaction. It is due at once by the
    /// application's clock, the same clock the dispatcher asks.
    /// </summary>
    public async Task RaiseAsync(IEvent @event)
    {
        var unit = Current;
        await Connection.ExecuteAsync(
            $"insert into {unit.Schema}.outbox (id, type, payload, occurred_at, next_attempt_at) values (@id, @type, @payload::jsonb, @occurredAt, @occurredAt)",
            new
            {
                id = @event.EventId,
                type = EventTypes.NameOf(@event.GetType()),
                payload = JsonSerializer.Serialize(@event, @event.GetType(), EventTypes.Json),
                occurredAt = @event.OccurredAt,
            },
            Transaction);
        // Delivered only when the transaction commits; wakes the dispatcher without waiting for its poll.
        await Connection.ExecuteAsync("select pg_notify(@channel, '')", new { channel = OutboxDispatcher.ChannelOf(unit.Schema) }, Transaction);
    }

    /// <summary>A unit of this module is open (an event handler's, or an outer command's): a nested command joins it.</summary>
    internal bool IsOpenFor(string schema) => units.TryPeek(out var unit) && unit.Schema == schema;

    internal async Task<IAsyncDisposable> BeginAsync(ModuleDb db, CancellationToken cancellationToken)
    {
        var connection = await db.OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var unit = new Unit(db.Schema, connection, transaction, this);
        units.Push(unit);
        return unit;
    }

    internal sealed record Unit(string Schema, NpgsqlConnection Connection, NpgsqlTransaction Transaction, CommandSession Session)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Session.units.Pop();
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    internal static Task CommitAsync(IAsyncDisposable unit, CancellationToken cancellationToken) =>
        ((Unit)unit).Transaction.CommitAsync(cancellationToken);
}
