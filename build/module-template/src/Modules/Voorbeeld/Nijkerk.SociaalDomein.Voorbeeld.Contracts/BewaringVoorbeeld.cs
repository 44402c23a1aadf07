using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Voorbeeld.Contracts;

/// <summary>
/// Voorbeeld's parts of a dossier for the bewaartermijn. It holds no data of inwoners yet; once it does, give this request
/// <c>[Verwerking(..., BewaringDoelen.Bewaartermijn)]</c>, declare that purpose and answer each part with its category.
/// </summary>
[Vereist(Rechten.BewaringBeheren)]
[GeenPersoonsgegevens]
public sealed record GeefBewaarstandVanVoorbeeld(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging for Voorbeeld. Once it holds data of inwoners, delete them here (<c>BewaringDoelen.Vernietiging</c>).</summary>
[Vereist(Rechten.BewaringBeheren)]
[GeenPersoonsgegevens]
public sealed record VernietigPersoonsgegevensVanVoorbeeld(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
