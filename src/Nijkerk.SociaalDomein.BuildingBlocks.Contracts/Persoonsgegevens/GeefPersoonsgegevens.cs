using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

/// <summary>
/// Inzage (AVG art. 15): every module answers for itself which personal data it holds on an inwoner. Each module
/// declares its own sealed request deriving from this one (in its Contracts, with its <c>[Vereist]</c> and
/// <c>[Verwerking]</c>) and one handler for it, and hands it out through <c>IModule.Persoonsgegevens</c>, which every
/// module must implement: a module that forgets does not build, and one whose request has no handler fails the
/// architecture tests. <paramref name="InwonerIds"/> is the inwoner and every record merged into him (ADR 0010), so
/// rows that still carry an old id are found too.
/// </summary>
public abstract record GeefPersoonsgegevens(IReadOnlyList<Guid> InwonerIds) : IRequest<PersoonsgegevensVanModule>, IBetreftPersonen
{
    public IEnumerable<Guid?> BetrokkenPersonen() => InwonerIds.Select(id => (Guid?)id);
}

/// <summary>
/// One module's part of an inzage: what it holds on the inwoner, in plain Dutch. A module that holds nothing answers
/// with no onderdelen and says why in <paramref name="Toelichting"/>.
/// </summary>
public sealed record PersoonsgegevensVanModule(string Module, string Toelichting, IReadOnlyList<Gegevensonderdeel> Onderdelen);

/// <summary>One thing the module holds (an aanmelding, a plan, a verwerking): its kind, its id, a title and its fields.</summary>
public sealed record Gegevensonderdeel(string Soort, Guid? Id, string Titel, IReadOnlyList<Gegevensveld> Velden);

/// <summary>A field as the inwoner reads it: its name and its value as text (dates in Dutch time); null when not filled in.</summary>
public sealed record Gegevensveld(string Naam, string? Waarde);
