using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The loket sent an aanmelding to the inwoner's existing aanspreekpunt (his regisseur or the vakspecialist of an
/// accepted overdracht) instead of starting anew. <paramref name="Rol"/> is "regisseur" or "vakspecialist".
/// <paramref name="MedewerkerId"/> is the staff account it landed with (the vakspecialist who accepted the overdracht),
/// null when the other module names no account.
/// </summary>
public sealed record AanmeldingGerouteerd(
    Guid EventId, DateTimeOffset OccurredAt, Guid AanmeldingId, Guid InwonerId, string Rol, string Aanspreekpunt, string? MedewerkerId = null) : IEvent;
