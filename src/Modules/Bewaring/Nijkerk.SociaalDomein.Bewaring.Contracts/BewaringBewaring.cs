using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring.Contracts;

/// <summary>Bewaring keeps no part of a dossier of its own: it answers no parts.</summary>
[Vereist(Rechten.BewaringBeheren)]
[GeenPersoonsgegevens]
public sealed record GeefBewaarstandVanBewaring(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging for Bewaring: the internal ids a vernietigingslijst kept of these inwoners go (ADR 0030).</summary>
[Vereist(Rechten.BewaringBeheren)]
[GeenPersoonsgegevens]
public sealed record VernietigPersoonsgegevensVanBewaring(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
