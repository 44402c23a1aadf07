namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

internal static class VraagverhelderingStatus
{
    public const string Open = "open";
    public const string Afgerond = "afgerond";

    /// <summary>The statuses of a conversation not yet finished.</summary>
    public static readonly string[] Lopend = [Open];

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Open] = "Open",
        [Afgerond] = "Afgerond",
    };
}
