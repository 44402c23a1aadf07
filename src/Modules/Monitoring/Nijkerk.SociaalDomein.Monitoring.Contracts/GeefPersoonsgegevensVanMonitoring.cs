using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Monitoring.Contracts;

/// <summary>Monitoring's part of an inzage (AVG art. 15): it holds no data of inwoners, by design, and answers so.</summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[GeenPersoonsgegevens]
public sealed record GeefPersoonsgegevensVanMonitoring(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);
