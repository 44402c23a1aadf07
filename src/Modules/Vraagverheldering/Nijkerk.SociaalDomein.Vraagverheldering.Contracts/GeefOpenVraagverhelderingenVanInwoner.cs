using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

/// <summary>
/// The vraagverhelderingen of one inwoner that are not yet finished, oldest first, so the loket sees at first
/// contact that a conversation is already under way, and with whom.
/// </summary>
[Vereist(VraagverhelderingRechten.Lezen)]
[Verwerking("Lopende vraagverhelderingen van de inwoner ingezien", VraagverhelderingDoelen.Vraagverheldering)]
public sealed record GeefOpenVraagverhelderingenVanInwoner(Guid InwonerId) : IRequest<IReadOnlyList<OpenVraagverheldering>>, IBetreftPersoon;

/// <summary>
/// One open vraagverheldering: which aanmelding it came from, its status and urgentie, since when, and the colleague
/// who has it (<paramref name="Behandelaar"/>, null while nobody took it).
/// </summary>
public sealed record OpenVraagverheldering(Guid Id, Guid AanmeldingId, string Status, string Urgentie, DateTimeOffset GeopendOp, string? Behandelaar = null);
