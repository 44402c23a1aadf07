using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>The audit log's parts of these dossiers for the bewaartermijn.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Bewaartermijn van de verwerkingenlogging nagegaan", BewaringDoelen.Bewaartermijn)]
public sealed record GeefBewaarstandVanAudit(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging: the verwerkingen of these inwoners are deleted or anonymised after an approved vernietigingslijst.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Verwerkingenlogging vernietigd na afloop van de bewaartermijn", BewaringDoelen.Vernietiging)]
public sealed record VernietigPersoonsgegevensVanAudit(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
