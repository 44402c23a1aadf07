using System.Collections.Concurrent;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>A handler wrapped by the inbox; the dispatcher names a delivery after the handler inside.</summary>
internal interface IInboxHandler
{
    Type Inner { get; }

    /// <summary>The receiving module's schema: its unit and its inbox.</summary>
    string Schema { get; }

    /// <summary>The handler's name in its module's inbox: the class name alone, as the rows written before the building blocks took this over.</summary>
    string InboxNaam { get; }

    /// <summary>The handler's read ahead for a run of its events (<see cref="IReeksVoorbereiding{T}"/>), when it has one.</summary>
    Task BereidVoorAsync(IReadOnlyList<IEvent> events, CancellationToken cancellationToken);
}

/// <summary>
/// Wraps every module's notification handler (registered once, through Scrutor): it opens the RECEIVING module's
/// transaction as a command unit, records the event in that module's inbox and runs the handler in it, so the
/// handler's work and the inbox row commit together. A redelivered event finds the row and does nothing; two
/// deliveries racing are serialised by the inbox's primary key. The handler writes through
/// <see cref="CommandSession"/>, and a command of the same module it sends joins this transaction.
/// <para>
/// When the dispatcher delivers a run of events together (ADR 0024), it opens the module's unit itself and claims the
/// run's inbox rows in one statement; each wrapper then joins that unit and runs its handler only, so the run commits
/// with its inbox rows at once or not at all.
/// </para>
/// </summary>
internal sealed class InboxHandler<T>(INotificationHandler<T> inner, CommandSession session, ModuleRegistry registry, IEnumerable<ModuleDb> dbs)
    : INotificationHandler<T>, IInboxHandler
    where T : INotification
{
    // Per handler class, worked out once: the receiving module's schema and its inbox statement.
    private static readonly ConcurrentDictionary<Type, (string Schema, string Insert)> Ontvanger = new();

    public Type Inner => inner.GetType();

    public string Schema => Statements.Schema;

    public string InboxNaam => Inner.Name;

    public Task BereidVoorAsync(IReadOnlyList<IEvent> events, CancellationToken cancellationToken) =>
        inner is IReeksVoorbereiding<T> voorbereiding ? voorbereiding.BereidVoorAsync([.. events.Cast<T>()], cancellationToken) : Task.CompletedTask;

    private (string Schema, string Insert) Statements => Ontvanger.GetOrAdd(Inner, type =>
    {
        var schema = registry.OwnerOf(type).Schema;
        return (schema, $"insert into {schema}.inbox (event_id, handler) values (@EventId, @Handler) on conflict do nothing");
    });

    public async Task Handle(T notification, CancellationToken cancellationToken)
    {
        if (notification is not IEvent @event)
        {
            await inner.Handle(notification, cancellationToken);
            return;
        }

        var (schema, insert) = Statements;
        if (session.IsOpenFor(schema))
        {
            // The dispatcher's unit for a run of events: it claimed this event's inbox row, and commits.
            if (session.IsIngeboekt(@event.EventId) || await session.ExecuteAsync(insert, new { @event.EventId, Handler = InboxNaam }) == 1)
            {
                await inner.Handle(notification, cancellationToken);
            }

            return;
        }

        await using var unit = await session.BeginAsync(dbs.Single(db => db.Schema == schema), cancellationToken);
        var inserted = await session.ExecuteAsync(insert, new { @event.EventId, Handler = InboxNaam });
        if (inserted == 0)
        {
            return;
        }

        await inner.Handle(notification, cancellationToken);
        await CommandSession.CommitAsync(unit, cancellationToken);
    }
}
