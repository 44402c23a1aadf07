using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>An aanmelding came in with urgentie crisis: the on-duty specialist must act at once, also outside office hours.</summary>
public sealed record CrisisGemeld(Guid EventId, DateTimeOffset OccurredAt, Guid AanmeldingId, Guid? InwonerId) : IEvent;
