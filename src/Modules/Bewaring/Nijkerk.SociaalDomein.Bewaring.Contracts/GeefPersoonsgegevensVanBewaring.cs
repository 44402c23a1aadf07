using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring.Contracts;

/// <summary>
/// Bewaring's part of an inzage (AVG art. 15, ADR 0029). It holds no data of inwoners yet; once it does, give this
/// request <c>[Verwerking(..., InzageDoelen.Inzage)]</c> instead, declare that purpose and read the rows in the handler.
/// </summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[GeenPersoonsgegevens]
public sealed record GeefPersoonsgegevensVanBewaring(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);
