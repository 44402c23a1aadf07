using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// Delivers the events in one module's outbox to each receiving handler on its own (ADR 0012). First it hands
/// the oldest waiting events to their handlers: one <c>aflevering</c> row per (event, handler). Then it works
/// each handler's queue oldest first: attempts, backoff and the parked state (<c>mislukt</c>) belong to that
/// handler alone, so a failing handler never delays, re-runs or parks another's.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, EventTypes eventTypes, Ontvangers ontvangers, TimeProvider clock, IConfiguration configuration,
    ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>Rows claimed per round trip.</summary>
    public const int BatchSize = 500;

    private readonly TimeSpan timeout = TimeSpan.FromSeconds(configuration.GetValue("Outbox:HandlerTimeoutSeconds", 30));

    public static string ChannelOf(string schema) => "nsd_outbox_" + schema;

    /// <summary>
    /// Delivers until nothing is due; returns how many deliveries were attempted. A round that handed on less than a
    /// batch and left no queue with a full batch worked has emptied the module: it ends without a round that finds
    /// nothing (an event committed meanwhile notifies the module again).
    /// </summary>
    public async Task<int> DispatchDueAsync(ModuleDb db, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            var handedOn = await HandOnAsync(db, cancellationToken);
            var (delivered, full) = await DeliverAsync(db, cancellationToken);
            count += delivered;
            if ((handedOn == 0 && delivered == 0) || (handedOn < BatchSize && !full))
            {
                return count;
            }
        }
    }

    /// <summary>When the module's earliest waiting delivery is due (a retry after its backoff); null when none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(ModuleDb db, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<DateTimeOffset?>($"select min(next_attempt_at) from {db.Schema}.aflevering where status = 'wachtend'");
    }

    /// <summary>1, 2, 4, 8 … seconds, at most a minute.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempts - 1)));

    /// <summary>
    /// Gives the oldest waiting outbox rows a delivery per handler. It claims the head of the queue only (the
    /// first rows by position, <c>FOR UPDATE SKIP LOCKED</c>): a second host finds them locked and gets nothing,
    /// rather than skipping ahead, so each handler's deliveries are made in the order the events were written.
    /// A type this host does not know stops the batch: it waits for a host that knows it.
    /// </summary>
    private async Task<int> HandOnAsync(ModuleDb db, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, string Type, long Position)>(
            $"""
            select id, type, position from {db.Schema}.outbox
            where position in (select position from {db.Schema}.outbox where status = 'wachtend' order by position limit @BatchSize)
            order by position
            for update skip locked
            """,
            new { BatchSize },
            transaction);

        var events = new List<Guid>();
        var deliveries = new List<(Guid EventId, string Handler, long Position)>();
        foreach (var row in rows)
        {
            if (!eventTypes.TryResolve(row.Type, out var type))
            {
                logger.LogInformation("Event {EventId} of type {Type} is unknown to this host; it waits for a host that knows it", row.Id, row.Type);
                break;
            }

            events.Add(row.Id);
            deliveries.AddRange(ontvangers.NamenVan(type).Select(handler => (row.Id, handler, row.Position)));
        }

        if (events.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        // The deliveries and the outbox rows' new status in one round trip.
        await connection.ExecuteAsync(
            $"""
            insert into {db.Schema}.aflevering (event_id, handler, position, next_attempt_at)
            select e, h, p, @now from unnest(@EventIds, @Handlers, @Positions) as d(e, h, p)
            on conflict do nothing;
            update {db.Schema}.outbox set status = 'gepubliceerd', published_at = @now where id = any(@events);
            """,
            new
            {
                EventIds = deliveries.Select(d => d.EventId).ToArray(),
                Handlers = deliveries.Select(d => d.Handler).ToArray(),
                Positions = deliveries.Select(d => d.Position).ToArray(),
                events = events.ToArray(),
                now,
            },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    /// <summary>
    /// Works every handler queue of the module that has something due, each on its own connection and at the same
    /// time: the queues are independent (ADR 0012), so one handler's round trips never wait for another's. Returns
    /// the deliveries attempted, and whether a queue had a full batch worked (more may wait behind it).
    /// </summary>
    private async Task<(int Count, bool Full)> DeliverAsync(ModuleDb db, CancellationToken cancellationToken)
    {
        List<string> handlers;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            handlers = (await connection.QueryAsync<string>(
                $"select distinct handler from {db.Schema}.aflevering where status = 'wachtend' and next_attempt_at <= @now",
                new { now = clock.GetUtcNow() })).AsList();
        }

        int[] counts = handlers.Count switch
        {
            0 => [],
            1 => [await DeliverQueueAsync(db, handlers[0], cancellationToken)],
            _ => await Task.WhenAll(handlers.Select(handler => DeliverQueueAsync(db, handler, cancellationToken))),
        };
        return (counts.Sum(), counts.Any(count => count >= BatchSize));
    }

    /// <summary>
    /// One handler's queue, under a session advisory lock on (schema, handler): one host at a time works a queue,
    /// so its order holds, and PostgreSQL releases the lock by itself when that host's connection dies. The lock and
    /// the head of the queue (up to <see cref="BatchSize"/>) come in one round trip. Each attempt is committed before
    /// the handler runs, so a delivery that crashes the process or hangs counts, and a poison event is parked after
    /// <see cref="MaxAttempts"/> rather than blocking its queue forever; a delivery's outcome travels with the next
    /// one's attempt (one round trip per delivery), and the last with the unlock.
    /// </summary>
    private async Task<int> DeliverQueueAsync(ModuleDb db, string handler, CancellationToken cancellationToken)
    {
        // From the pool that resets: a lock left behind by a failure goes with the connection's reset (ADR 0024).
        await using var connection = await db.OpenSessieAsync(ActorContext.InDezeStroom, cancellationToken);
        var queue = new Queue(db.Schema, handler, connection);
        List<Delivery> batch;
        await using (var grid = await connection.QueryMultipleAsync(
            $"""
            select pg_try_advisory_lock(hashtextextended(@Key, 0));
            select a.event_id as EventId, o.type as Type, o.payload::text as Payload, a.attempts as Attempts, a.next_attempt_at as NextAttemptAt
            from {db.Schema}.aflevering a join {db.Schema}.outbox o on o.id = a.event_id
            where a.handler = @handler and a.status = 'wachtend'
            order by a.position
            limit @BatchSize
            """,
            new { queue.Key, handler, BatchSize }))
        {
            // The head is read in the same round trip, but only used when the lock was got.
            if (!await grid.ReadSingleAsync<bool>())
            {
                return 0;
            }

            batch = (await grid.ReadAsync<Delivery>()).AsList();
        }

        try
        {
            var count = 0;
            var together = true;
            for (var i = 0; i < batch.Count;)
            {
                var delivery = batch[i];
                // The head is not due yet (backoff): the events behind it wait, so the handler keeps its order.
                if (delivery.NextAttemptAt > clock.GetUtcNow())
                {
                    break;
                }

                if (together && FreshRun(batch, i) is var run and >= 2)
                {
                    var (delivered, failed) = await DeliverTogetherAsync(queue, batch.GetRange(i, run), cancellationToken);
                    count += delivered;
                    i += delivered;
                    // After a failed run, one by one for the rest of this round: the failing event is found and counted alone.
                    together = !failed;
                    if (delivered > 0)
                    {
                        continue;
                    }
                }

                var outcome = await DeliverOneAsync(queue, delivery, cancellationToken);
                if (outcome != Outcome.Waits)
                {
                    count++;
                }

                if (outcome != Outcome.Done)
                {
                    break;
                }

                i++;
            }

            return count;
        }
        finally
        {
            await queue.ExecuteAsync("select pg_advisory_unlock(hashtextextended(@Key, 0))", new { queue.Key });
        }
    }

    /// <summary>How many deliveries from <paramref name="start"/> on were never attempted, are due and of a type this host knows.</summary>
    private int FreshRun(List<Delivery> batch, int start)
    {
        var now = clock.GetUtcNow();
        var end = start;
        while (end < batch.Count && batch[end].Attempts == 0 && batch[end].NextAttemptAt <= now && eventTypes.TryResolve(batch[end].Type, out _))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>
    /// A run of never-attempted deliveries to one handler in one unit of the receiving module (ADR 0024): their attempts
    /// are committed first, as one delivery's are, then one statement claims their inbox rows, the handler runs per event
    /// in order inside its inbox wrapper (which joins the unit), and one commit ends it; so where each event took a
    /// connection, an attempt, a transaction and a commit, a run (up to <see cref="BatchSize"/>) takes one of each. The run stops before an
    /// event whose handler is not inside an inbox wrapper. When the run fails, nothing of it was committed: its attempts
    /// are given back and the caller delivers one by one, so the failing event is found, counted and backed off alone and
    /// the ones before it are delivered. When the process dies during a run, its events keep one attempt and so are
    /// delivered one by one after the restart: a poison event is parked without taking the others with it.
    /// </summary>
    private async Task<(int Delivered, bool Failed)> DeliverTogetherAsync(Queue queue, List<Delivery> run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        var events = new List<Overhandiging>(run.Count);
        foreach (var delivery in run)
        {
            eventTypes.TryResolve(delivery.Type, out var type);
            if (Ontvangers.VindInstantie(scope.ServiceProvider, type!, queue.Handler) is not IInboxHandler found)
            {
                break;
            }

            events.Add(new(delivery.EventId, eventTypes.Deserialize(delivery.Type, delivery.Payload), found, Ontvangers.Aanroep(found, type!)));
        }

        if (events.Count < 2)
        {
            return (0, false);
        }

        var ids = events.Select(e => e.EventId).ToArray();
        var now = clock.GetUtcNow();
        await queue.ExecuteAsync(
            $"""
            update {queue.Schema}.aflevering
            set attempts = 1, first_attempt_at = coalesce(first_attempt_at, @now), last_attempt_at = @now, next_attempt_at = @next
            where handler = @handler and event_id = any(@ids)
            """,
            new { ids, queue.Handler, now, next = now + Backoff(1) });

        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            await HandleTogetherAsync(scope.ServiceProvider, events, limit.Token).WaitAsync(timeout, cancellationToken);
            var at = clock.GetUtcNow();
            foreach (var id in ids)
            {
                queue.Afgeleverd(id, at);
            }

            return (events.Count, false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("A run of {Count} deliveries to {Handler} failed ({Error}); they are delivered one by one", events.Count, queue.Handler, e.GetType().Name);
            await queue.ExecuteAsync(
                $"update {queue.Schema}.aflevering set attempts = 0, next_attempt_at = @now where handler = @handler and event_id = any(@ids)",
                new { ids, queue.Handler, now = clock.GetUtcNow() });
            return (0, true);
        }
    }

    private static async Task HandleTogetherAsync(IServiceProvider scope, List<Overhandiging> events, CancellationToken cancellationToken)
    {
        // One handler class: every wrapper of the run names the same schema and inbox handler.
        var inbox = events[0].Inbox;
        var session = scope.GetRequiredService<CommandSession>();
        await using var unit = await session.BeginAsync(scope.GetServices<ModuleDb>().Single(db => db.Schema == inbox.Schema), cancellationToken);
        var claimed = (await session.Connection.QueryAsync<Guid>(
            $"""
            insert into {inbox.Schema}.inbox (event_id, handler)
            select e, @handler from unnest(@ids) as e
            on conflict do nothing
            returning event_id
            """,
            new { ids = events.Select(e => e.EventId).ToArray(), handler = inbox.InboxNaam },
            session.Transaction)).ToHashSet();
        session.Ingeboekt(claimed);
        // One already in the inbox (delivered before its mark was written) is skipped, as its wrapper alone would.
        var nieuw = events.Where(e => claimed.Contains(e.EventId)).ToList();
        // The handler reads ahead once per event type (one wrapper each), then gets the events one by one in order.
        foreach (var soort in nieuw.GroupBy(e => e.Inbox))
        {
            await soort.Key.BereidVoorAsync([.. soort.Select(e => e.Event)], cancellationToken);
        }

        foreach (var overhandiging in nieuw)
        {
            await overhandiging.Handle(overhandiging.Event, cancellationToken);
        }

        await CommandSession.CommitAsync(unit, cancellationToken);
    }

    private async Task<Outcome> DeliverOneAsync(Queue queue, Delivery delivery, CancellationToken cancellationToken)
    {
        var handler = queue.Handler;
        if (delivery.Attempts >= MaxAttempts)
        {
            // Every attempt was recorded and none came back: the process died or hung each time. Park it.
            await queue.ExecuteAsync(
                $"update {queue.Schema}.aflevering set status = 'mislukt', last_error = 'Afgebroken' where event_id = @EventId and handler = @handler",
                new { delivery.EventId, handler });
            logger.LogWarning("Delivery of event {EventId} to {Handler} never finished in {Attempts} attempts; parked", delivery.EventId, handler, delivery.Attempts);
            return Outcome.Done;
        }

        if (!eventTypes.TryResolve(delivery.Type, out var type))
        {
            return Outcome.Waits;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        var handle = Ontvangers.Vind(scope.ServiceProvider, type, handler);
        if (handle is null)
        {
            // A handler a newer host has and this one has not: its queue waits for that host.
            return Outcome.Waits;
        }

        var attempts = delivery.Attempts + 1;
        var now = clock.GetUtcNow();
        await queue.ExecuteAsync(
            $"""
            update {queue.Schema}.aflevering
            set attempts = @attempts, first_attempt_at = coalesce(first_attempt_at, @now), last_attempt_at = @now, next_attempt_at = @next
            where event_id = @EventId and handler = @handler
            """,
            new { delivery.EventId, handler, attempts, now, next = now + Backoff(attempts) });

        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            await handle(eventTypes.Deserialize(delivery.Type, delivery.Payload), limit.Token).WaitAsync(timeout, cancellationToken);
            // Recorded with the next round trip on this queue's connection: the next attempt, or the unlock.
            queue.Afgeleverd(delivery.EventId, clock.GetUtcNow());
            return Outcome.Done;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var status = attempts >= MaxAttempts ? "mislukt" : "wachtend";
            logger.LogWarning("Delivery of event {EventId} to {Handler} failed (attempt {Attempt}): {Error}", delivery.EventId, handler, attempts, e.GetType().Name);
            await queue.ExecuteAsync(
                $"update {queue.Schema}.aflevering set status = @status, last_error = @error where event_id = @EventId and handler = @handler",
                new { delivery.EventId, handler, status, error = Describe(e) });
            // Parked, the queue goes on; otherwise the events behind it wait for the retry.
            return status == "mislukt" ? Outcome.Done : Outcome.Failed;
        }
    }

    /// <summary>
    /// A handler queue's connection, with the deliveries that succeeded and are not yet marked: they are marked in the same
    /// round trip as the queue's next statement. Not marked when the process dies first, the delivery is made again
    /// and the inbox refuses it (at-least-once, handled once).
    /// </summary>
    private sealed class Queue(string schema, string handler, NpgsqlConnection connection)
    {
        private readonly List<Guid> delivered = [];
        private readonly List<DateTimeOffset> deliveredAt = [];

        public string Schema => schema;

        public string Handler => handler;

        public string Key { get; } = schema + ":" + handler;

        public void Afgeleverd(Guid eventId, DateTimeOffset at)
        {
            delivered.Add(eventId);
            deliveredAt.Add(at);
        }

        public async Task ExecuteAsync(string sql, object parameters)
        {
            if (delivered.Count == 0)
            {
                await connection.ExecuteAsync(sql, parameters);
                return;
            }

            var both = new DynamicParameters(parameters);
            both.Add("AfgeleverdIds", delivered.ToArray());
            both.Add("AfgeleverdOp", deliveredAt.ToArray());
            both.Add("AfgeleverdHandler", handler);
            // Two statements, one round trip (and one implicit transaction).
            await connection.ExecuteAsync(
                $"""
                update {schema}.aflevering a set status = 'afgeleverd', delivered_at = d.op, last_error = null
                from unnest(@AfgeleverdIds, @AfgeleverdOp) as d(id, op)
                where a.event_id = d.id and a.handler = @AfgeleverdHandler;
                {sql}
                """,
                both);
            delivered.Clear();
            deliveredAt.Clear();
        }
    }

    // The type and PostgreSQL's error code only: an exception message may quote personal data.
    private static string Describe(Exception e) =>
        e is PostgresException pg ? $"{e.GetType().Name} {pg.SqlState}" : e.GetType().FullName!;

    /// <summary>Waits: not attempted, the queue stops. Failed: attempted, the queue stops. Done: delivered or parked.</summary>
    private enum Outcome
    {
        Waits,
        Failed,
        Done,
    }

    /// <summary>One event of a run, with the wrapper of its type's handler and the typed call to it.</summary>
    private sealed record Overhandiging(Guid EventId, IEvent Event, IInboxHandler Inbox, Func<IEvent, CancellationToken, Task> Handle);

    private sealed record Delivery(Guid EventId, string Type, string Payload, int Attempts, DateTimeOffset NextAttemptAt);
}
