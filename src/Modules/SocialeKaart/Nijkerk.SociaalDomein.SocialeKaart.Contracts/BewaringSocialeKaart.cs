using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Contracts;

/// <summary>SocialeKaart's parts of these dossiers for the bewaartermijn: each with its category and when it closed (or still open).</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Bewaartermijn van de gegevens uit de sociale kaart nagegaan", BewaringDoelen.Bewaartermijn)]
public sealed record GeefBewaarstandVanSocialeKaart(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging: SocialeKaart deletes or anonymises all it holds under these inwoners, after an approved vernietigingslijst.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Gegevens uit de sociale kaart vernietigd na afloop van de bewaartermijn", BewaringDoelen.Vernietiging)]
public sealed record VernietigPersoonsgegevensVanSocialeKaart(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
