using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Contracts;

/// <summary>
/// The overdrachten of one inwoner that are still running (aangeboden or geaccepteerd, not afgerond), newest first.
/// An accepted one names the vakspecialist, who is then the inwoner's aanspreekpunt unless a regisseur has a plan.
/// </summary>
[Vereist(OverdrachtRechten.Lezen)]
[Verwerking("Lopende overdrachten van de inwoner ingezien", OverdrachtDoelen.Overdracht)]
public sealed record GeefOpenOverdrachtenVanInwoner(Guid InwonerId) : IRequest<IReadOnlyList<OpenOverdracht>>, IBetreftPersoon;

/// <summary>One running overdracht: to which team or partner, its status, since when, and the vakspecialist once accepted.</summary>
public sealed record OpenOverdracht(Guid Id, string Team, string Status, DateTimeOffset AangebodenOp, string? Vakspecialist, string? VakspecialistTelefoon);
