namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// One page of a module's history: events it raised, exactly as it raised them (ids, moments and every field, read from
/// its outbox), in the order it raised them. Ask the next page with <paramref name="Volgende"/>; null when this was the last.
/// <para>
/// <paramref name="GewistTot"/>, on the first and the last page: the latest moment of an event of this history whose
/// content was emptied after its retention (published events after 30 days, a destroyed dossier's at once; ADR 0030).
/// The history no longer holds those events, so whoever rebuilds from it would lose what they counted. Null while the
/// history is complete. The last page says it again, so an emptying during a long read is noticed too.
/// </para>
/// </summary>
public sealed record Geschiedenis(IReadOnlyList<IEvent> Gebeurtenissen, long? Volgende, DateTimeOffset? GewistTot = null);
