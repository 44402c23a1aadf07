using System.Text.RegularExpressions;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

/// <summary>
/// Turns what a member of staff types into a PostgreSQL tsquery: every word must match, each as a prefix of its
/// Dutch stem, so "schulden" (stem "schuld") also finds "schuldhulpverlening". Only letters and digits pass, so
/// no input can break the query syntax.
/// </summary>
internal static partial class Zoekvraag
{
    public static string? NaarTsquery(string? zoek)
    {
        var woorden = Woord().Matches(zoek ?? "").Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        return woorden.Count == 0 ? null : string.Join(" & ", woorden.Select(w => w + ":*"));
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Woord();
}
