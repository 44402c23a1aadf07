namespace Nijkerk.SociaalDomein.Monitoring.Boeking;

/// <summary>
/// A measure of the cube: its column in <c>monitoring.dagcijfer</c>. Only these names reach SQL, so a column name is never
/// input.
/// </summary>
internal enum Maat
{
    Aanmeldingen,
    ViaVerwijzer,
    Crisis,
    Beantwoord,
    Afgeschaald,
    Doorgezet,
    Gerouteerd,
    VraagverhelderingAfgerond,
    VraagverhelderingIngetrokken,
    VraagverhelderingNietBereikt,
    Meervoudig,
    ScoreLaag,
    OverdrachtAangeboden,
    OverdrachtEerste,
    OverdrachtGeaccepteerd,
    BinnenTermijn,
    SamenvattingVoldoende,
    OverdrachtTeruggelegd,
    OverdrachtVerlopen,
    OverdrachtAfgerond,
    Aanspreekpunt,
    PlanGestart,
    PlanGeescaleerd,
    PlanAfgesloten,
    Budget,
    ScoreVeranderingAantal,
    ScoreVeranderingSom,
    VoorzieningVerwezen,
}

internal static class Maten
{
    /// <summary>The column: snake case of the name (ViaVerwijzer is via_verwijzer).</summary>
    public static string Kolom(this Maat maat) =>
        string.Concat(maat.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>The facets a measure can carry besides "every question": a filter on one picks those rows.</summary>
internal static class Facet
{
    public const string Geen = "";
    public const string Leefgebied = "leefgebied";
    public const string Expertise = "expertise";
    public const string Team = "team";
    public const string Voorziening = "voorziening";
    public const string Combinatie = "combinatie";
    /// <summary>The aanmelding's kanaal and bron again as facet rows of the aanmeldingen, for the cube without dimensions.</summary>
    public const string Kanaal = "kanaal";
    public const string Bron = "bron";
}
