using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;

/// <summary>
/// The planned gesprek: its vorm, when and where, who takes part, whether onafhankelijke cliëntondersteuning was
/// offered (the Wmo and the Jeugdwet oblige it) and accepted, and what led to it (possibly a levensgebeurtenis).
/// </summary>
[GecontroleerdDoor(typeof(PlanGesprek.Command))]
internal sealed record Gesprek(
    string? Vorm,
    DateTimeOffset? Tijdstip,
    string? Plaats,
    IReadOnlyList<Deelnemer>? Deelnemers,
    bool ClientondersteuningAangeboden,
    bool? ClientondersteuningGeaccepteerd,
    string? Aanleiding,
    string? Levensgebeurtenis)
{
    /// <summary>The example in the API document: a keukentafelgesprek with the inwoner and her daughter.</summary>
    public static Gesprek Voorbeeld => new(
        "huisbezoek", new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), "Bij mevrouw thuis, Kerkstraat 12 in Nijkerk",
        [new(null, "inwoner", "Sanne de Vries", null, null), new(null, "netwerk", "Eva de Vries", "dochter", null)],
        true, false, "Aanmelding via de website: rekeningen niet meer betaald.", "scheiding");
};

/// <summary>
/// One who takes part: the inwoner, someone of his netwerk (with the relatie, e.g. dochter, buurman), a
/// cliëntondersteuner or a collega of another discipline (organisatie or discipline). The id lets a hulpvraag name
/// the network person it is about; it is given when left out.
/// </summary>
internal sealed record Deelnemer(Guid? Id, string? Soort, string? Naam, string? Relatie, string? Organisatie);
