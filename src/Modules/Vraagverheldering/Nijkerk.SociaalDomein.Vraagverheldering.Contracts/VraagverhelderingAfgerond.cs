using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

/// <summary>
/// A vraagverheldering was finished with one <paramref name="Uitkomst"/>: afschalen (to <paramref name="VoorzieningIds"/>),
/// overdracht (to the teams of <paramref name="Expertises"/>), geen-rol (with <paramref name="Reden"/>) or
/// afgesloten-zonder-resultaat (<paramref name="Reden"/> ingetrokken or niet-bereikt). <paramref name="Samenstelling"/>
/// is enkelvoudig (one team) or meervoudig (several: a regisseur is needed), as the professional confirmed it.
/// <paramref name="Samenvatting"/> travels with every handover, so the inhabitant tells his story once.
/// </summary>
public sealed record VraagverhelderingAfgerond(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid VraagverhelderingId,
    Guid AanmeldingId,
    Guid? InwonerId,
    string Methode,
    IReadOnlyList<AfgerondeScore> Scores,
    IReadOnlyList<AfgerondeHulpvraag> Hulpvragen,
    IReadOnlyList<string> Expertises,
    string? Samenstelling,
    string Uitkomst,
    string? Reden,
    IReadOnlyList<Guid> VoorzieningIds,
    string Samenvatting) : IEvent;

/// <summary>One leefgebied as scored: <paramref name="Score"/> on the method's scale, null when not discussed.</summary>
public sealed record AfgerondeScore(string Leefgebied, int? Score, bool NietBesproken);

/// <summary>
/// One hulpvraag with its rolgesprek: the leefgebieden it touches, the voorzieningen of the voorliggend veld it points
/// to and the expertises the gemeente brings; <paramref name="BetreftNetwerk"/> when it is about a person in the network.
/// </summary>
public sealed record AfgerondeHulpvraag(
    string Omschrijving, IReadOnlyList<string> Leefgebieden, IReadOnlyList<Guid> VoorzieningIds, IReadOnlyList<string> Expertises, bool BetreftNetwerk);
