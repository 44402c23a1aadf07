using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// Two records in the person register turned out to be one person: <paramref name="SamengevoegdeInwonerId"/> went up
/// in <paramref name="BehoudenInwonerId"/>. Every module points its rows for the merged id at the kept one.
/// </summary>
public sealed record InwonersSamengevoegd(Guid EventId, DateTimeOffset OccurredAt, Guid BehoudenInwonerId, Guid SamengevoegdeInwonerId) : IEvent;
