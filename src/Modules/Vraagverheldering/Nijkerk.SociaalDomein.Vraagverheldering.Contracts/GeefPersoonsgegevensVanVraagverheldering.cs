using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

/// <summary>Vraagverheldering's part of an inzage (AVG art. 15): its gesprekken, scores per leefgebied en uitnodigingen of these inwoners.</summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[Verwerking("Gegevens van de inwoner uit de vraagverheldering verzameld voor een inzageverzoek", InzageDoelen.Inzage)]
public sealed record GeefPersoonsgegevensVanVraagverheldering(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);
