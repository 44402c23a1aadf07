namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

internal static class VraagverhelderingStatus
{
    public const string Open = "open";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Open] = "Open",
    };
}
