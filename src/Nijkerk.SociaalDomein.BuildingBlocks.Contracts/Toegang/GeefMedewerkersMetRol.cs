using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

/// <summary>
/// The active staff accounts that hold <paramref name="Rol"/> (a <see cref="Rollen"/> code), by name: e.g. the regisseurs
/// a teamleider assigns a plan to. Staff, not inwoners: no personal data of the people the system serves. Asked in
/// process only (no endpoint), so an API key cannot list the staff.
/// </summary>
[Vereist(Rechten.ReferentiegegevensLezen)]
[GeenPersoonsgegevens]
public sealed record GeefMedewerkersMetRol(string Rol) : IRequest<IReadOnlyList<Medewerker>>;

/// <summary>A staff account: its id (the actor id its actions carry) and its name.</summary>
public sealed record Medewerker(string Id, string Naam);
