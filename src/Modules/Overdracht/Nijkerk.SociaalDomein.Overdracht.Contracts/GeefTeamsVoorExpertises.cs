using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// The routing table for these expertise codes: which team takes each, and whether an external partner carries it
/// out. One team for all is enkelvoudig; several is meervoudig (a regisseur is needed).
/// </summary>
[Vereist(Rechten.ReferentiegegevensLezen)]
[GeenPersoonsgegevens]
public sealed record GeefTeamsVoorExpertises(IReadOnlyList<string> Expertises) : IRequest<IReadOnlyList<TeamVoorExpertise>>;

/// <summary>One expertise and the team that takes it; <paramref name="PartnerOrganisatie"/> when a partner carries it out.</summary>
public sealed record TeamVoorExpertise(string Expertise, string TeamCode, string TeamNaam, string? PartnerOrganisatie);
