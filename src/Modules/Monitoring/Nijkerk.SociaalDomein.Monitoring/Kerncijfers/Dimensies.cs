using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>
/// The codes kanaal and bron take in the cube (Intake's, as its events carry them) with the names a teamleider reads,
/// and "onbekend" where Monitoring could not tell. The tables list every code, also with 0, so a trend has all its rows.
/// </summary>
internal static class Dimensies
{
    public static readonly IReadOnlyDictionary<string, string> Kanalen = new Dictionary<string, string>
    {
        ["telefoon"] = "Telefoon",
        ["e-mail"] = "E-mail",
        ["balie"] = "Balie",
        ["website-formulier"] = "Websiteformulier",
        ["chat"] = "Chat",
        ["spreekuur"] = "Spreekuur in de wijk",
        ["huisbezoek"] = "Huisbezoek",
        [Vraagdimensies.Onbekend] = "Onbekend",
    };

    public static readonly IReadOnlyDictionary<string, string> Bronnen = new Dictionary<string, string>
    {
        ["inwoner-zelf"] = "Inwoner zelf",
        ["netwerk"] = "Netwerk (familie, buren)",
        ["voorliggend-veld"] = "Voorliggend veld",
        ["verwijzer"] = "Verwijzer (huisarts, POH, school)",
        ["vindplaats"] = "Vindplaats",
        [Vraagdimensies.Onbekend] = "Onbekend",
    };

    public static string Opsomming(IEnumerable<string> codes) => string.Join(", ", codes);
}
