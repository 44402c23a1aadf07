using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The dossiers the retention job may weigh: inwoners that were not merged into another, each with every record merged
/// into him (ADR 0010), none of which has an open aanmelding. Paged by inwoner id after <paramref name="Na"/>; only ids,
/// no personal data, so one verwerking is recorded for the page, not one per inwoner.
/// </summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Inwoners zonder open aanmelding opgezocht voor de bewaartermijn", BewaringDoelen.Bewaartermijn)]
public sealed record GeefKandidatenVoorBewaring(Guid? Na, int Aantal) : MediatR.IRequest<KandidatenVoorBewaring>;

/// <summary>One page of candidates; <paramref name="Volgende"/> is where the next page starts, null after the last.</summary>
public sealed record KandidatenVoorBewaring(IReadOnlyList<KandidaatVoorBewaring> Kandidaten, Guid? Volgende);

/// <summary>A dossier: the inwoner and the records merged into him.</summary>
public sealed record KandidaatVoorBewaring(Guid InwonerId, IReadOnlyList<Guid> Samengevoegden);
