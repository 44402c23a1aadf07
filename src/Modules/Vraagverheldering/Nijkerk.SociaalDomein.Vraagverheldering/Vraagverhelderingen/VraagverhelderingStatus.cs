namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

internal static class VraagverhelderingStatus
{
    public const string Open = "open";

    /// <summary>The statuses of a conversation not yet finished; grows as the module gets its later statuses.</summary>
    public static readonly string[] Lopend = [Open];

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Open] = "Open",
    };
}
