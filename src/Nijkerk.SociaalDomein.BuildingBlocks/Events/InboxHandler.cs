using System.Collections.Concurrent;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>A handler wrapped by the inbox; the dispatcher names a delivery after the handler inside.</summary>
internal interface IInboxHandler
{
    Type Inner { get; }
}

/// <summary>
/// Wraps every module's notification handler (registered once, through Scrutor): it opens the RECEIVING module's
/// transaction as a command unit, records the event in that module's inbox and runs the handler in it, so the
/// handler's work and the inbox row commit together. A redelivered event finds the row and does nothing; two
/// deliveries racing are serialised by the inbox's primary key. The handler writes through
/// <see cref="CommandSession"/>, and a command of the same module it sends joins this transaction.
/// </summary>
internal sealed class InboxHandler<T>(INotificationHandler<T> inner, CommandSession session, ModuleRegistry registry, IEnumerable<ModuleDb> dbs)
    : INotificationHandler<T>, IInboxHandler
    where T : INotification
{
    // Per handler class, worked out once: the receiving module's schema and its inbox statement.
    private static readonly ConcurrentDictionary<Type, (string Schema, string Insert)> Ontvanger = new();

    public Type Inner => inner.GetType();

    public async Task Handle(T notification, CancellationToken cancellationToken)
    {
        if (notification is not IEvent @event)
        {
            await inner.Handle(notification, cancellationToken);
            return;
        }

        var (schema, insert) = Ontvanger.GetOrAdd(Inner, type =>
        {
            var schema = registry.OwnerOf(type).Schema;
            return (schema, $"insert into {schema}.inbox (event_id, handler) values (@EventId, @Handler) on conflict do nothing");
        });
        await using var unit = await session.BeginAsync(dbs.Single(db => db.Schema == schema), cancellationToken);
        // The class name alone, as the inbox rows written before the building blocks took this over.
        var inserted = await session.ExecuteAsync(insert, new { @event.EventId, Handler = Inner.Name });
        if (inserted == 0)
        {
            return;
        }

        await inner.Handle(notification, cancellationToken);
        await CommandSession.CommitAsync(unit, cancellationToken);
    }
}
