using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The loket handed an aanmelding on to vraagverheldering: a broad conversation is needed.
/// <paramref name="Vraag"/> is the question in the inhabitant's own words, so he need not tell it again.
/// </summary>
public sealed record AanmeldingDoorgezet(
    Guid EventId, DateTimeOffset OccurredAt, Guid AanmeldingId, Guid? InwonerId, string Vraag, string Urgentie) : IEvent;
