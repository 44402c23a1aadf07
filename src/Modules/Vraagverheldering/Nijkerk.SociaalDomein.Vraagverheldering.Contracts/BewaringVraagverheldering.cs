using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

/// <summary>Vraagverheldering's parts of these dossiers for the bewaartermijn: each with its category and when it closed (or still open).</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Bewaartermijn van de gegevens uit de vraagverheldering nagegaan", BewaringDoelen.Bewaartermijn)]
public sealed record GeefBewaarstandVanVraagverheldering(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging: Vraagverheldering deletes or anonymises all it holds under these inwoners, after an approved vernietigingslijst.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Gegevens uit de vraagverheldering vernietigd na afloop van de bewaartermijn", BewaringDoelen.Vernietiging)]
public sealed record VernietigPersoonsgegevensVanVraagverheldering(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
