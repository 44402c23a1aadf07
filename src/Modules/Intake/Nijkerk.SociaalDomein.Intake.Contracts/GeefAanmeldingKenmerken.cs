using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// What a count needs of an aanmelding's inwoner, and nothing that tells who he is: the kern he lives in (null when
/// unknown) and his age in whole years on the day of the aanmelding. Monitoring counts questions by kern and levensfase
/// with it. Null for an anonymous or unknown aanmelding. Reading the inwoner's record for a count is a processing of
/// his data all the same, so it is in the audit log.
/// </summary>
[Vereist(IntakeRechten.AanmeldingenLezen)]
[Verwerking("Kern en leeftijd van de inwoner van een aanmelding gelezen om te tellen, zonder wie", IntakeDoelen.Intake)]
public sealed record GeefAanmeldingKenmerken(Guid AanmeldingId) : IRequest<AanmeldingKenmerken?>;

/// <summary>The kern and age; <paramref name="InwonerId"/> names the person in the audit log only: a counter keeps it not.</summary>
public sealed record AanmeldingKenmerken(Guid InwonerId, string? Kern, int? Leeftijd) : IBetreftPersoon;
