namespace Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;

/// <summary>
/// The planned gesprek: its vorm, when and where, who takes part, whether onafhankelijke cliëntondersteuning was
/// offered (the Wmo and the Jeugdwet oblige it) and accepted, and what led to it (possibly a levensgebeurtenis).
/// </summary>
internal sealed record Gesprek(
    string? Vorm,
    DateTimeOffset? Tijdstip,
    string? Plaats,
    IReadOnlyList<Deelnemer>? Deelnemers,
    bool ClientondersteuningAangeboden,
    bool? ClientondersteuningGeaccepteerd,
    string? Aanleiding,
    string? Levensgebeurtenis);

/// <summary>
/// One who takes part: the inwoner, someone of his netwerk (with the relatie, e.g. dochter, buurman), a
/// cliëntondersteuner or a collega of another discipline (organisatie or discipline). The id lets a hulpvraag name
/// the network person it is about; it is given when left out.
/// </summary>
internal sealed record Deelnemer(Guid? Id, string? Soort, string? Naam, string? Relatie, string? Organisatie);
