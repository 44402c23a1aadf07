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
    /// application's clock, the same clock the dispatcher asks. The row is sent with the unit's other closing
    /// writes (the audit rows) in one round trip just before the commit (<see cref="BijAfsluiten"/>).
    /// </summary>
    public Task RaiseAsync(IEvent @event)
    {
        var unit = Current;
        unit.BijAfsluiten(
            $"insert into {unit.Schema}.outbox (id, type, payload, occurred_at, next_attempt_at) values ($1, $2, $3::jsonb, $4, $4)",
            @event.EventId,
            EventTypes.NameOf(@event.GetType()),
            JsonSerializer.Serialize(@event, @event.GetType(), EventTypes.Json),
            @event.OccurredAt);
        if (!unit.Gemeld)
        {
            // Delivered only when the transaction commits; wakes the dispatcher without waiting for its poll. Once per
            // unit: PostgreSQL folds equal notifications of one transaction into one anyway.
            unit.Gemeld = true;
            unit.BijAfsluiten("select pg_notify($1, '')", OutboxDispatcher.ChannelOf(unit.Schema));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A write that belongs to the open unit but need not be sent before the commit (an outbox row, an audit row):
    /// all of them go in one batch just before COMMIT, in this order, so they commit with the change or not at all
    /// and cost one round trip together instead of one each. Parameters are positional ($1, $2, ...); null is sent as NULL.
    /// </summary>
    public void BijAfsluiten(string sql, params object?[] waarden) => Current.BijAfsluiten(sql, waarden);

    /// <summary>
    /// What the open unit gathers from all that runs in it and writes once, with its closing writes: the bookings of a
    /// run of events that add to the same rows, summed first (ADR 0024). One per unit and type, made at first use; just
    /// before the commit its <see cref="IVerzameling.Sluit"/> adds its writes (<see cref="BijAfsluiten"/>).
    /// </summary>
    public T Verzameling<T>()
        where T : class, IVerzameling, new()
    {
        var unit = Current;
        if (!unit.Verzamelingen.TryGetValue(typeof(T), out var verzameling))
        {
            verzameling = new T();
            unit.Verzamelingen.Add(typeof(T), verzameling);
        }

        return (T)verzameling;
    }

    /// <summary>
    /// Work for just after the unit commits, on this host only (forgetting what the host holds in memory of what the
    /// command changed); it never runs when the unit rolls back. A nested command's work runs at its outer unit's commit.
    /// </summary>
    public void NaCommit(Action actie) => Current.NaCommit.Add(actie);

    /// <summary>A unit of this module is open (an event handler's, or an outer command's): a nested command joins it.</summary>
    internal bool IsOpenFor(string schema) => units.TryPeek(out var unit) && unit.Schema == schema;

    /// <summary>The open unit claimed these events' inbox rows itself (the dispatcher's run of events, ADR 0024).</summary>
    internal void Ingeboekt(IEnumerable<Guid> eventIds) => Current.Ingeboekt.UnionWith(eventIds);

    internal bool IsIngeboekt(Guid eventId) => units.TryPeek(out var unit) && unit.Ingeboekt.Contains(eventId);

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
        public List<NpgsqlBatchCommand> Afsluiting { get; } = [];

        public bool Gemeld { get; set; }

        public List<Action> NaCommit { get; } = [];

        public HashSet<Guid> Ingeboekt { get; } = [];

        public Dictionary<Type, IVerzameling> Verzamelingen { get; } = [];

        public void BijAfsluiten(string sql, params object?[] waarden)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var waarde in waarden)
            {
                command.Parameters.Add(waarde as NpgsqlParameter ?? new NpgsqlParameter { Value = waarde ?? DBNull.Value });
            }

            Afsluiting.Add(command);
        }

        public async ValueTask DisposeAsync()
        {
            Session.units.Pop();
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    /// <summary>
    /// Sends the unit's closing writes and the COMMIT in one batch: one round trip where a batch and then a commit took
    /// two (ADR 0024). A batch stops at its first error, so the COMMIT then never runs and disposing the unit rolls back,
    /// as before; Npgsql reads from the server's answer that the transaction ended, and disposing a finished
    /// transaction sends nothing. A unit without closing writes commits on its own.
    /// </summary>
    internal static async Task CommitAsync(IAsyncDisposable unit, CancellationToken cancellationToken)
    {
        var eenheid = (Unit)unit;
        foreach (var verzameling in eenheid.Verzamelingen.Values)
        {
            verzameling.Sluit(eenheid.Session);
        }

        eenheid.Verzamelingen.Clear();
        if (eenheid.Afsluiting.Count > 0)
        {
            await using var batch = new NpgsqlBatch(eenheid.Connection, eenheid.Transaction);
            foreach (var command in eenheid.Afsluiting)
            {
                batch.BatchCommands.Add(command);
            }

            batch.BatchCommands.Add(new NpgsqlBatchCommand("commit"));
            eenheid.Afsluiting.Clear();
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await eenheid.Transaction.CommitAsync(cancellationToken);
        }

        foreach (var actie in eenheid.NaCommit)
        {
            actie();
        }

        eenheid.NaCommit.Clear();
    }
}

/// <summary>Writes a unit gathers and sends once just before its commit (<see cref="CommandSession.Verzameling{T}"/>).</summary>
public interface IVerzameling
{
    /// <summary>Adds the gathered writes to the unit's closing writes (<see cref="CommandSession.BijAfsluiten"/>).</summary>
    void Sluit(CommandSession session);
}
