namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

/// <summary>What the import did, or would have done, with one record of the file.</summary>
internal sealed record Verslagregel(string Type, string? Id, string? Naam, string Uitkomst, string? Reden = null);

internal static class Uitkomsten
{
    public const string Aangemaakt = "aangemaakt";
    public const string Bijgewerkt = "bijgewerkt";
    public const string Ongewijzigd = "ongewijzigd";
    public const string Geweigerd = "geweigerd";
}
