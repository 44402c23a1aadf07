using System.Globalization;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>
/// Keeps small numbers out of every table (issue 14, "no one recognisable"). A count from 1 up to the threshold
/// (<c>Monitoring:Drempel</c>, default 5, never below 3) is shown as "&lt; 5", never as the number. A count of 0 is shown:
/// it says that nobody is in the cell, which tells nothing about a person. Secondary suppression: in a table whose rows
/// add up to its total, the suppressed rows could be derived from the total and the others; so the next smallest shown
/// row (above 0) is suppressed too, until at least two rows are hidden and together hold at least the threshold; where no
/// row is left to hide, the total is hidden. A share, a mean, a median or an amount built on a small count is suppressed
/// as well. A cell without a value to show (a share of nothing) has Waarde null and Tekst "–".
/// </summary>
internal sealed class Onderdrukking
{
    public const string Instelling = "Monitoring:Drempel";
    public const int Standaard = 5;
    public const int Minimum = 3;
    public const string Geen = "–";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public Onderdrukking(int drempel = Standaard)
    {
        if (drempel < Minimum)
        {
            throw new InvalidOperationException($"{Instelling} is {drempel}; de drempel voor kleine aantallen is minstens {Minimum}.");
        }

        Drempel = drempel;
    }

    public int Drempel { get; }

    public string Tekst => $"< {Drempel}";

    public Cel Onderdrukt => new(null, Tekst);

    public static Cel Leeg => new(null, Geen);

    /// <summary>The threshold from configuration; a value that is no number or lies under the minimum stops the host at start-up.</summary>
    public static Onderdrukking Uit(string? waarde) =>
        string.IsNullOrWhiteSpace(waarde) ? new Onderdrukking()
        : int.TryParse(waarde, NumberStyles.Integer, Invariant, out var drempel) ? new Onderdrukking(drempel)
        : throw new InvalidOperationException($"{Instelling} moet een geheel getal zijn (minstens {Minimum}).");

    public bool IsKlein(long aantal) => aantal > 0 && aantal < Drempel;

    public Cel Aantal(long aantal) => IsKlein(aantal) ? Onderdrukt : new Cel(aantal, aantal.ToString(Invariant));

    /// <summary>A percentage of <paramref name="noemer"/>; suppressed when either count is small.</summary>
    public Cel Aandeel(long teller, long noemer) =>
        noemer == 0 ? Leeg
        : IsKlein(teller) || IsKlein(noemer) ? Onderdrukt
        : Getal(Math.Round(100m * teller / noemer, 1), "0.0", "%");

    /// <summary>A ratio or a mean of <paramref name="aantal"/> things; suppressed when they are few.</summary>
    public Cel Gemiddelde(decimal som, long aantal, string formaat = "0.00") =>
        aantal == 0 ? Leeg
        : IsKlein(aantal) ? Onderdrukt
        : Getal(Math.Round(som / aantal, 2), formaat, "");

    /// <summary>A value measured over <paramref name="aantal"/> things (a median, an amount); suppressed when they are few.</summary>
    public Cel Maat(decimal? waarde, long aantal, string formaat, string eenheid = "") =>
        aantal == 0 || waarde is null ? Leeg
        : IsKlein(aantal) ? Onderdrukt
        : Getal(waarde.Value, formaat, eenheid);

    /// <summary>
    /// A table of counts with primary and secondary suppression; <paramref name="totaal"/> is the number the rows add up to
    /// (shown as the table's total), or null when they add up to nothing shown.
    /// </summary>
    public Tabel Aantallen(string code, string titel, IReadOnlyList<(string Code, string Label, long Aantal)> rijen, long? totaal, string? toelichting = null)
    {
        var verborgen = rijen.Select(r => IsKlein(r.Aantal)).ToArray();
        var totaalVerborgen = totaal is { } t && IsKlein(t);
        if (totaal is not null && !totaalVerborgen)
        {
            while (verborgen.Any(v => v) && !Veilig(rijen, verborgen))
            {
                var volgende = Enumerable.Range(0, rijen.Count)
                    .Where(i => !verborgen[i] && rijen[i].Aantal > 0)
                    .OrderBy(i => rijen[i].Aantal)
                    .Select(i => (int?)i)
                    .FirstOrDefault();
                if (volgende is not { } i)
                {
                    totaalVerborgen = true;
                    break;
                }

                verborgen[i] = true;
            }
        }

        var cellen = rijen.Select((r, i) => new Rij(r.Code, r.Label, verborgen[i] ? Onderdrukt : Aantal(r.Aantal))).ToList();
        var totaalCel = totaal is null ? null : totaalVerborgen ? Onderdrukt : Aantal(totaal.Value);
        return new Tabel(code, titel, Eenheden.Aantal, cellen, totaalCel, toelichting);
    }

    private bool Veilig(IReadOnlyList<(string Code, string Label, long Aantal)> rijen, bool[] verborgen) =>
        verborgen.Count(v => v) >= 2 && rijen.Where((_, i) => verborgen[i]).Sum(r => r.Aantal) >= Drempel;

    private static Cel Getal(decimal waarde, string formaat, string eenheid) =>
        new(waarde, waarde.ToString(formaat, Invariant).Replace('.', ',') + eenheid);
}

/// <summary>What a table's numbers are (<see cref="Tabel.Eenheid"/>); a table of mixed rows says so in each cell's text.</summary>
internal static class Eenheden
{
    public const string Aantal = "aantal";
    public const string Procent = "procent";
    public const string Uren = "uren";
    public const string Score = "score";
    public const string Gemengd = "gemengd";
}
