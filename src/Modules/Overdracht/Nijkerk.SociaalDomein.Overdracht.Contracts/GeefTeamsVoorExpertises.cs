using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// The routing table: for each expertise code asked (lowercase-hyphen, e.g. <c>schuldhulpverlening</c>), the team that
/// takes its overdracht and the external partner that carries it out, if any. One row per known expertise, in the order
/// asked; an expertise the table does not know is left out. One distinct team is enkelvoudig, several are meervoudig.
/// </summary>
[Vereist(Rechten.ReferentiegegevensLezen)]
[GeenPersoonsgegevens]
public sealed record GeefTeamsVoorExpertises(IReadOnlyList<string> Expertises) : IRequest<IReadOnlyList<TeamVoorExpertise>>;

/// <summary>
/// Where one expertise goes: the team (its code and name) and, when an external partner carries it out, that partner's
/// organisation as its API keys name it (e.g. <c>Plangroep</c> for schuldhulpverlening), else null.
/// </summary>
public sealed record TeamVoorExpertise(string Expertise, string TeamCode, string TeamNaam, string? PartnerOrganisatie);
