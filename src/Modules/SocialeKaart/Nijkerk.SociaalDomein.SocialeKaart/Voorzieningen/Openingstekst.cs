using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

/// <summary>Opening hours as staff read them: "ma–vr 09:00–17:00 telefonisch", and whether it is open right now.</summary>
internal static class Openingstekst
{
    private static readonly string[] Dagen = ["", "ma", "di", "wo", "do", "vr", "za", "zo"];

    public static IEnumerable<string> Regels(IEnumerable<GeefOpeningstijden.Tijd> tijden) =>
        tijden.GroupBy(t => (t.Van, t.Tot, t.Soort, t.Locatie))
            .Select(g => $"{DagenTekst([.. g.Select(t => t.Weekdag).Order()])} {g.Key.Van:HH\\:mm}–{g.Key.Tot:HH\\:mm} {g.Key.Soort.Replace('-', ' ')}"
                + (g.Key.Locatie is null ? "" : $" ({g.Key.Locatie})"));

    public static bool NuOpen(IEnumerable<GeefOpeningstijden.Tijd> tijden, DateTimeOffset nu)
    {
        var lokaal = NederlandseTijd.Van(nu);
        var dag = ((int)lokaal.DayOfWeek + 6) % 7 + 1;
        var tijd = TimeOnly.FromDateTime(lokaal.DateTime);
        return tijden.Any(t => t.Weekdag == dag && t.Van <= tijd && tijd < t.Tot);
    }

    private static string DagenTekst(IReadOnlyList<int> dagen) =>
        dagen.Count > 2 && dagen[^1] - dagen[0] == dagen.Count - 1
            ? $"{Dagen[dagen[0]]}–{Dagen[dagen[^1]]}"
            : string.Join(", ", dagen.Select(d => Dagen[d]));
}
