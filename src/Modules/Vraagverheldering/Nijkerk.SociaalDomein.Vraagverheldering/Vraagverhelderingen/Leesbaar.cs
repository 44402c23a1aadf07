using System.Globalization;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>Dates as a letter to the inwoner writes them: "dinsdag 8 december 2026 om 14.00 uur", in Dutch time.</summary>
internal static class Leesbaar
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static string Moment(DateTimeOffset tijd) =>
        NederlandseTijd.Van(tijd).ToString("dddd d MMMM yyyy 'om' HH.mm 'uur'", Nederlands);

    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Nederlands);

    public static string Datum(DateTimeOffset tijd) => NederlandseTijd.Van(tijd).ToString("d MMMM yyyy", Nederlands);

    public static string Naam(IReadOnlyDictionary<string, string> keuzes, string? code) =>
        code is not null && keuzes.TryGetValue(code, out var naam) ? naam : code ?? "";
}
