using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The ids of every aanmelding of this inwoner (ask it for each of a dossier's records), for a module that keeps them (even pseudonymised, as Monitoring does)
/// and must destroy them with the dossier. Ask it before Intake's own vernietiging: after it, there are none.
/// </summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Aanmeldingen van de inwoner opgezocht om ze overal te vernietigen", BewaringDoelen.Vernietiging)]
public sealed record GeefAanmeldingenVanInwoner(Guid InwonerId) : IRequest<IReadOnlyList<Guid>>, IBetreftPersoon;
