using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// Whether an id a partner was told "niet gevonden" for is an aanmelding of another organisation: for the host's
/// security event of a partner probing ids (ADR 0017). Only the log hears the answer, never the caller, so any
/// signed-in actor may ask; the question itself looks past row-level security.
/// </summary>
[Vereist(Rechten.ReferentiegegevensLezen)]
[GeenPersoonsgegevens]
public sealed record IsAanmeldingVanAndereOrganisatie(Guid Id, string Organisatie) : IRequest<bool>;
