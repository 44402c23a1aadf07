namespace Nijkerk.SociaalDomein.Vraagverheldering.Hulpvragen;

/// <summary>
/// One hulpvraag, tied to leefgebieden of the method, with its rolgesprek: what the inwoner does himself
/// (<paramref name="Zelf"/>), what his netwerk does, what the voorliggend veld does (and which voorzieningen of the
/// sociale kaart), and what the gemeente does (with which expertises). <paramref name="BetreftDeelnemerId"/> names the
/// network person of the gesprek it is about (the mantelzorger), when it is not about the inwoner.
/// </summary>
internal sealed record Hulpvraag(
    Guid? Id,
    string? Omschrijving,
    IReadOnlyList<string>? Leefgebieden,
    Guid? BetreftDeelnemerId,
    string? Zelf,
    string? Netwerk,
    string? VoorliggendVeld,
    IReadOnlyList<Guid>? VoorzieningIds,
    string? Gemeente,
    IReadOnlyList<string>? Expertises);
