using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

/// <summary>
/// The aanmelding a vraagverheldering was opened for; null when Vraagverheldering does not know it (any more). Monitoring
/// asks it when a plan starts before it counted the vraagverheldering's afronding (its handler queues keep no order
/// between them, ADR 0012), so the plan is still counted under its question. Two ids, nothing of a person.
/// </summary>
[Vereist(VraagverhelderingRechten.Lezen)]
[GeenPersoonsgegevens]
public sealed record GeefAanmeldingVanVraagverheldering(Guid VraagverhelderingId) : IRequest<Guid?>;
