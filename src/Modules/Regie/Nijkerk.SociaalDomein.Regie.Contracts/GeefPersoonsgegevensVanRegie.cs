using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Contracts;

/// <summary>Regie's part of an inzage (AVG art. 15): its huishouden, regieverzoeken en ondersteuningsplannen of these inwoners.</summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[Verwerking("Gegevens van de inwoner uit de regie verzameld voor een inzageverzoek", InzageDoelen.Inzage)]
public sealed record GeefPersoonsgegevensVanRegie(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);
