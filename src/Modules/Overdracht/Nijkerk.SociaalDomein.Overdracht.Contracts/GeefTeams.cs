using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// The active integrale teams, by name, each with the expertises it takes. Staff accounts, terugbelverzoeken and
/// overdrachten store a team's <see cref="Team.Code"/> and check it here.
/// </summary>
[Vereist(Rechten.ReferentiegegevensLezen)]
[GeenPersoonsgegevens]
public sealed record GeefTeams : IRequest<IReadOnlyList<Team>>;

/// <summary>One integraal team: a stable code (e.g. <c>werk-inkomen</c>), the name staff read, and the expertises it takes.</summary>
public sealed record Team(string Code, string Naam, IReadOnlyList<TeamExpertise> Expertises);

/// <summary>An expertise a team takes, and the external partner's organisation when a partner carries it out.</summary>
public sealed record TeamExpertise(string Expertise, string? PartnerOrganisatie);
