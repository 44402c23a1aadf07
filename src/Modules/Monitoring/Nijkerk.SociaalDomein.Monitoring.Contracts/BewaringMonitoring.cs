using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Monitoring.Contracts;

/// <summary>Monitoring's parts of these dossiers for the bewaartermijn: each with its category and when it closed (or still open).</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Bewaartermijn van de gegevens uit de monitoring nagegaan", BewaringDoelen.Bewaartermijn)]
public sealed record GeefBewaarstandVanMonitoring(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging: Monitoring deletes or anonymises all it holds under these inwoners, after an approved vernietigingslijst.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Gegevens uit de monitoring vernietigd na afloop van de bewaartermijn", BewaringDoelen.Vernietiging)]
public sealed record VernietigPersoonsgegevensVanMonitoring(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
