using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Contracts;

/// <summary>Overdracht's part of an inzage (AVG art. 15): its overdrachten, hun stappen en toestemmingen of these inwoners.</summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[Verwerking("Gegevens van de inwoner uit de overdrachten verzameld voor een inzageverzoek", InzageDoelen.Inzage)]
public sealed record GeefPersoonsgegevensVanOverdracht(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);
