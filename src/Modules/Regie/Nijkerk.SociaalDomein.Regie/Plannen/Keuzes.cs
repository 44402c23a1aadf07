namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>An actie is open, bezig, gedaan or vervallen; open and bezig ones past their deadline are overdue.</summary>
internal static class ActieStatussen
{
    public const string Open = "open";
    public const string Bezig = "bezig";
    public const string Gedaan = "gedaan";
    public const string Vervallen = "vervallen";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Open] = "Open",
        [Bezig] = "Bezig",
        [Gedaan] = "Gedaan",
        [Vervallen] = "Vervallen",
    };

    public static bool IsOpen(string status) => status is Open or Bezig;
}

/// <summary>Who is responsible for an actie, and what each needs: a name always; a team its code; a zorgaanbieder the agreement.</summary>
internal static class Verantwoordelijken
{
    public const string Inwoner = "inwoner";
    public const string Netwerk = "netwerk";
    public const string VoorliggendVeld = "voorliggend-veld";
    public const string Team = "team";
    public const string Zorgaanbieder = "zorgaanbieder";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Inwoner] = "De inwoner zelf",
        [Netwerk] = "Iemand uit het netwerk",
        [VoorliggendVeld] = "Een voorziening in het voorliggend veld",
        [Team] = "Een team van de gemeente",
        [Zorgaanbieder] = "Een zorgaanbieder",
    };
}

/// <summary>How the inwoner agreed to his plan.</summary>
internal static class AkkoordWijzen
{
    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        ["mondeling"] = "Mondeling",
        ["schriftelijk"] = "Schriftelijk",
        ["digitaal"] = "Digitaal",
    };
}
