using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Overdracht.Contracts;

/// <summary>
/// An overdracht was offered to <paramref name="TeamCode"/> (and, when an external partner carries the expertise out,
/// to <paramref name="PartnerOrganisatie"/>); it must be accepted before <paramref name="VerlooptOp"/>.
/// <paramref name="VorigeOverdrachtId"/> is set when the loket routed a laid-back or expired one anew.
/// </summary>
public sealed record OverdrachtAangeboden(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OverdrachtId,
    Guid AanmeldingId,
    Guid? InwonerId,
    string TeamCode,
    string? PartnerOrganisatie,
    IReadOnlyList<string> Expertises,
    DateTimeOffset VerlooptOp,
    Guid? VorigeOverdrachtId) : IEvent;

/// <summary>
/// A meervoudige question (several teams) needs one regisseur: Overdracht asks Regie for one. Regie's teamleider
/// assigns him; the overdrachten to the teams run meanwhile.
/// </summary>
public sealed record RegisseurGevraagd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid VraagverhelderingId,
    Guid AanmeldingId,
    Guid? InwonerId,
    IReadOnlyList<Guid> OverdrachtIds,
    IReadOnlyList<string> Teams) : IEvent;

/// <summary>
/// The receiving team (or partner) accepted: <paramref name="Aanspreekpunt"/> is from now on the inwoner's aanspreekpunt
/// (unless a regisseur has a plan), reachable on <paramref name="AanspreekpuntTelefoon"/>. <paramref name="MedewerkerId"/>
/// is the staff account when a vakspecialist accepted, null for a partner's contact person.
/// <paramref name="SamenvattingVoldoende"/> is false when he had to ask the inhabitant again ("verhaal één keer verteld").
/// </summary>
public sealed record OverdrachtGeaccepteerd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OverdrachtId,
    Guid AanmeldingId,
    Guid? InwonerId,
    string TeamCode,
    string? PartnerOrganisatie,
    string Aanspreekpunt,
    string? AanspreekpuntTelefoon,
    string? MedewerkerId,
    bool SamenvattingVoldoende) : IEvent;

/// <summary>
/// The team laid the overdracht back with a <paramref name="Reden"/> (a code of the list) and a
/// <paramref name="Toelichting"/>: it goes back to the loket for re-routing, never to the inhabitant.
/// </summary>
public sealed record OverdrachtTeruggelegd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OverdrachtId,
    Guid AanmeldingId,
    Guid? InwonerId,
    string TeamCode,
    string? PartnerOrganisatie,
    string Reden,
    string RedenOmschrijving,
    string? Toelichting) : IEvent;

/// <summary>
/// Nobody accepted within the term. A team's is escalated to its teamleider and stands out at the loket; an external
/// partner's goes back to the loket (<paramref name="TerugNaarLoket"/>) for re-routing.
/// </summary>
public sealed record OverdrachtVerlopen(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OverdrachtId,
    Guid AanmeldingId,
    Guid? InwonerId,
    string TeamCode,
    string? PartnerOrganisatie,
    DateTimeOffset VerlooptOp,
    bool TerugNaarLoket) : IEvent;

/// <summary>
/// The help was given and reported back: <paramref name="Resultaat"/> is geholpen, deels, niet-geholpen or niet-bereikt.
/// </summary>
public sealed record OverdrachtAfgerond(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OverdrachtId,
    Guid AanmeldingId,
    Guid? InwonerId,
    string TeamCode,
    string? PartnerOrganisatie,
    string Resultaat,
    string? Toelichting) : IEvent;

/// <summary>The loket reopened a closed overdracht, because the inhabitant says he was not helped.</summary>
public sealed record OverdrachtHeropend(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OverdrachtId,
    Guid AanmeldingId,
    Guid? InwonerId,
    string TeamCode,
    string? PartnerOrganisatie,
    string Reden) : IEvent;
