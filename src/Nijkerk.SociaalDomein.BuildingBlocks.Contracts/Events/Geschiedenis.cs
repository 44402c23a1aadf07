namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// One page of a module's history: events it raised, exactly as it raised them (ids, moments and every field, read from
/// its outbox), in the order it raised them. Ask the next page with <paramref name="Volgende"/>; null when this was the last.
/// </summary>
public sealed record Geschiedenis(IReadOnlyList<IEvent> Gebeurtenissen, long? Volgende);
