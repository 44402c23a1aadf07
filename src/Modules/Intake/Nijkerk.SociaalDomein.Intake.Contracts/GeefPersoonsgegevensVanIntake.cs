using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>Intake's part of an inzage (AVG art. 15): the inwoner records, his aanmeldingen and all that hangs under them.</summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[Verwerking("Gegevens van de inwoner bij de toegang verzameld voor een inzageverzoek", InzageDoelen.Inzage)]
public sealed record GeefPersoonsgegevensVanIntake(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);

/// <summary>
/// The inwoner and every record merged into him (ADR 0010), his own id first, for an inzage: the other modules may
/// still hold rows under a merged record's id. A merged or unknown id is a 404 (with <c>samengevoegdIn</c>).
/// </summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[Verwerking("Samengevoegde registraties van de inwoner opgezocht voor een inzageverzoek", InzageDoelen.Inzage)]
public sealed record GeefInwonerMetSamengevoegden(Guid InwonerId) : MediatR.IRequest<IReadOnlyList<Guid>>, IBetreftPersoon;
