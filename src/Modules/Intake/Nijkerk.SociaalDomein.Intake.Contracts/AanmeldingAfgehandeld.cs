using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The loket answered an aanmelding at once (informatie, advies), possibly pointing to voorzieningen on the sociale
/// kaart (afschalen). Carries the ids of those voorzieningen and the leefgebied codes it touched, no advice text:
/// an event carries facts, not what was said to a person.
/// </summary>
public sealed record AanmeldingAfgehandeld(
    Guid EventId, DateTimeOffset OccurredAt, Guid AanmeldingId, Guid? InwonerId, IReadOnlyList<Guid> VoorzieningIds, IReadOnlyList<string> Leefgebieden)
    : IEvent;
