using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// What a count needs of an aanmelding's inwoner, and nothing that tells who he is: the kern he lives in and his age in
/// whole years on the day of the aanmelding (null for an anonymous aanmelding or an unknown kern). Monitoring counts
/// questions by kern and levensfase with it; null for an unknown aanmelding.
/// </summary>
[Vereist(IntakeRechten.AanmeldingenLezen)]
public sealed record GeefAanmeldingKenmerken(Guid AanmeldingId) : IRequest<AanmeldingKenmerken?>;

public sealed record AanmeldingKenmerken(string? Kern, int? Leeftijd);
