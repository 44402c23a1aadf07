using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Contracts;

/// <summary>
/// The names of these voorzieningen (archived ones too), for a module that keeps only their ids, such as Monitoring's
/// voorzieningen pointed to most. The sociale kaart is public reference data: any signed-in actor, a key with only
/// monitoring:lezen included, may read a name. An unknown id is left out of the answer.
/// </summary>
[Vereist(Rechten.ReferentiegegevensLezen)]
[GeenPersoonsgegevens]
public sealed record GeefVoorzieningNamen(IReadOnlyList<Guid> Ids) : IRequest<IReadOnlyDictionary<Guid, string>>;
