using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Contracts;

/// <summary>Regie's parts of these dossiers for the bewaartermijn: each with its category and when it closed (or still open).</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Bewaartermijn van de gegevens uit de regie nagegaan", BewaringDoelen.Bewaartermijn)]
public sealed record GeefBewaarstandVanRegie(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging: Regie deletes or anonymises all it holds under these inwoners, after an approved vernietigingslijst.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Gegevens uit de regie vernietigd na afloop van de bewaartermijn", BewaringDoelen.Vernietiging)]
public sealed record VernietigPersoonsgegevensVanRegie(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
