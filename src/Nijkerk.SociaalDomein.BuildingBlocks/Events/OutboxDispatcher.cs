using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// Publishes the events in one module's outbox, oldest first. The oldest waiting row is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>: a second host finds it locked and waits its turn rather than skipping
/// ahead, so order is kept per module. A failing event is retried with backoff until
/// <see cref="MaxAttempts"/>, then marked <c>mislukt</c> (the dead-letter state) and the queue moves on.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, EventTypes eventTypes, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 5;

    public static string ChannelOf(string schema) => "nsd_outbox_" + schema;

    /// <summary>Publishes waiting events until none is due; returns how many were handled.</summary>
    public async Task<int> DispatchDueAsync(ModuleDb db, CancellationToken cancellationToken)
    {
        var count = 0;
        while (await DispatchNextAsync(db, cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>Publishes the oldest waiting event if it is due; false when there was nothing to do.</summary>
    public async Task<bool> DispatchNextAsync(ModuleDb db, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(
            $"""
            select id as Id, type as Type, payload::text as Payload, attempts as Attempts
            from {db.Schema}.outbox
            where position = (select min(position) from {db.Schema}.outbox where status = 'wachtend')
              and next_attempt_at <= @now
            for update skip locked
            """,
            new { now = clock.GetUtcNow() },
            transaction);
        if (row is null)
        {
            return false;
        }

        try
        {
            await PublishAsync(eventTypes.Deserialize(row.Type, row.Payload), cancellationToken);
            await connection.ExecuteAsync(
                $"update {db.Schema}.outbox set status = 'gepubliceerd', attempts = attempts + 1, published_at = @now, last_error = null where id = @Id",
                new { row.Id, now = clock.GetUtcNow() },
                transaction);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = row.Attempts + 1;
            var status = attempts >= MaxAttempts ? "mislukt" : "wachtend";
            logger.LogWarning("Event {EventId} of type {Type} failed (attempt {Attempt}): {Error}", row.Id, row.Type, attempts, e.GetType().Name);
            await connection.ExecuteAsync(
                $"update {db.Schema}.outbox set status = @status, attempts = @attempts, next_attempt_at = @next, last_error = @error where id = @Id",
                new { row.Id, status, attempts, next = clock.GetUtcNow() + Backoff(attempts), error = Describe(e) },
                transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>1, 2, 4, 8 … seconds, at most a minute.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempts - 1)));

    private async Task PublishAsync(IEvent @event, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(@event, cancellationToken);
    }

    // The type and PostgreSQL's error code only: an exception message may quote personal data.
    private static string Describe(Exception e) =>
        e is PostgresException pg ? $"{e.GetType().Name} {pg.SqlState}" : e.GetType().FullName!;

    private sealed record OutboxRow(Guid Id, string Type, string Payload, int Attempts);
}
