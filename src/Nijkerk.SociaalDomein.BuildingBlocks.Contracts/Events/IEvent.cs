using MediatR;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// A fact one module tells the others, carried through the outbox. <see cref="EventId"/> is what an
/// inbox records, so a handler runs once per event however often it is delivered.
/// </summary>
public interface IEvent : INotification
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
