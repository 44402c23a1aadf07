using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// Before an overdracht goes to an external partner, the inwoner must have given his toestemming to share the
/// samenvatting with that partner. For the expertises given (codes, e.g. <c>schuldhulpverlening</c>) this answers every
/// one the routing table sends to a partner for which the inwoner has no valid toestemming (recorded, not withdrawn,
/// <c>geldigTot</c> not passed, covering the samenvatting); an empty list when nothing is missing. An expertise the
/// team carries out itself needs none. A question without an inwoner has no toestemming: the caller asks
/// <see cref="GeefTeamsVoorExpertises"/> for the partners then.
/// </summary>
[Vereist(OverdrachtRechten.ToestemmingenLezen)]
[Verwerking("Toestemmingen van de inwoner voor een overdracht aan een partner gecontroleerd", OverdrachtDoelen.Overdracht)]
public sealed record GeefOntbrekendeToestemmingen(Guid InwonerId, IReadOnlyList<string> Expertises)
    : IRequest<IReadOnlyList<OntbrekendeToestemming>>, IBetreftPersoon;

/// <summary>One expertise that would go to <paramref name="PartnerOrganisatie"/> (named <paramref name="PartnerNaam"/>) without the toestemming it needs.</summary>
public sealed record OntbrekendeToestemming(string Expertise, string PartnerOrganisatie, string PartnerNaam);
