using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>A question landed at the loket. Carries no personal data beyond the inwoner's id.</summary>
public sealed record AanmeldingGeregistreerd(
    Guid EventId, DateTimeOffset OccurredAt, Guid AanmeldingId, Guid? InwonerId, string Kanaal, string Bron, string Urgentie) : IEvent;
