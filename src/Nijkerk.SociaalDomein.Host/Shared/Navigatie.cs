using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Shared;

/// <summary>
/// The main navigation: what the modules declare, then the API explorer. An item shows only to whoever holds its
/// right (functiescheiding on screen too); the explorer is for everyone signed in.
/// </summary>
internal static class Navigatie
{
    public static IReadOnlyList<(string Href, string Tekst, string? Recht)> Items(ModuleRegistry modules) =>
        [.. modules.Navigatie.Select(i => (i.Href, i.Tekst, (string?)i.Recht)), ("/api/v1/docs", "API", null)];
}
