using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The loket sent an aanmelding to the inwoner's existing aanspreekpunt (his regisseur or the vakspecialist of an
/// accepted overdracht) instead of starting anew. <paramref name="Rol"/> is "regisseur" or "vakspecialist".
/// </summary>
public sealed record AanmeldingGerouteerd(
    Guid EventId, DateTimeOffset OccurredAt, Guid AanmeldingId, Guid InwonerId, string Rol, string Aanspreekpunt) : IEvent;
