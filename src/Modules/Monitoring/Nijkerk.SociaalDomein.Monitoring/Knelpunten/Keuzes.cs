namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>The codes a knelpunt takes, with the text staff read.</summary>
internal static class Keuzes
{
    public static readonly IReadOnlyDictionary<string, string> Soorten = new Dictionary<string, string>
    {
        ["regel-blokkeert-hulp"] = "Een regel blokkeert hulp",
        ["gat-in-sociale-kaart"] = "Gat in de sociale kaart",
        ["wachtlijst"] = "Wachtlijst",
        ["samenwerking"] = "Samenwerking loopt vast",
        ["anders"] = "Anders",
    };

    public static readonly IReadOnlyDictionary<string, string> Statussen = new Dictionary<string, string>
    {
        ["open"] = "Open",
        ["in-behandeling"] = "In behandeling",
        ["opgepakt"] = "Opgepakt",
        ["niet-opgepakt"] = "Niet opgepakt",
    };

    /// <summary>Still open for beleid, and for colleagues to say they met it too.</summary>
    public static readonly IReadOnlyList<string> NogOpen = ["open", "in-behandeling"];

    public static readonly IReadOnlyList<string> Afgehandeld = ["opgepakt", "niet-opgepakt"];

    /// <summary>The list's filter: the open ones (open, in behandeling) or the afgehandelde (opgepakt, niet opgepakt).</summary>
    public static readonly IReadOnlyDictionary<string, string> Filters = new Dictionary<string, string>
    {
        ["open"] = "Open en in behandeling",
        ["afgehandeld"] = "Afgehandeld",
    };

    public static string SoortNaam(string soort) => Soorten.GetValueOrDefault(soort, soort);

    public static string StatusNaam(string status) => Statussen.GetValueOrDefault(status, status);
}
