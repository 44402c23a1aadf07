using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// How many overdrachten wait past their term, per active team: offered and not accepted in time, expired and not yet
/// accepted late or routed anew. Counts only, every active team named (also with none), so the host's telemetry can
/// show the overdue work without reading the module's schema (ADR 0027). A count names no one.
/// </summary>
[Vereist(OverdrachtRechten.EscalatiesLezen)]
[GeenPersoonsgegevens]
public sealed record TelVerlopenOverdrachten : IRequest<IReadOnlyList<VerlopenPerTeam>>;

/// <summary>One team's code and the number of its overdrachten past their term.</summary>
public sealed record VerlopenPerTeam(string TeamCode, int Aantal);
