using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>Intake's parts of these dossiers for the bewaartermijn: each with its category and when it closed (or still open).</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Bewaartermijn van de gegevens bij de toegang nagegaan", BewaringDoelen.Bewaartermijn)]
public sealed record GeefBewaarstandVanIntake(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging: Intake deletes or anonymises all it holds under these inwoners, after an approved vernietigingslijst.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Gegevens bij de toegang vernietigd na afloop van de bewaartermijn", BewaringDoelen.Vernietiging)]
public sealed record VernietigPersoonsgegevensVanIntake(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
