namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>The integrale teams a member of staff can belong to (domain.md, Reference data).</summary>
public static class Teams
{
    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        ["jeugd-onderwijs"] = "Jeugd & Onderwijs",
        ["wmo"] = "Wmo",
        ["werk-inkomen"] = "Werk & Inkomen",
        ["veiligheid"] = "Veiligheid",
    };
}
