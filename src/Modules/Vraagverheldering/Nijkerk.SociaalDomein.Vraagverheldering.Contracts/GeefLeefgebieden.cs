using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

/// <summary>
/// The active leefgebieden of the method the loket works with, in the method's order. Other modules store the
/// <see cref="Leefgebied.Code"/> (an aanmelding's onderwerpen, a voorziening's leefgebieden) and check it here.
/// </summary>
[Vereist(Rechten.ReferentiegegevensLezen)]
[GeenPersoonsgegevens]
public sealed record GeefLeefgebieden : IRequest<IReadOnlyList<Leefgebied>>;

/// <summary>One leefgebied: a stable code and the name staff read.</summary>
public sealed record Leefgebied(string Code, string Naam);
