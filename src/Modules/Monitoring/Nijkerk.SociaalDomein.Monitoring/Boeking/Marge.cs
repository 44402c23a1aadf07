namespace Nijkerk.SociaalDomein.Monitoring.Boeking;

/// <summary>
/// The marginal rows of the day and month cubes (migration 0008, ADR 0023). Besides the row of its full combination of
/// kern, kanaal, bron and levensfase, every count is booked in the rows that name one or two of those four and hold
/// <see cref="Alle"/> ("every value") in the others: 1 + 4 + 6 = 11 rows. A filter on one or two of the four then reads
/// those rows, already summed over the other dimensions, instead of every combination it selects (a filter on kanaal
/// telefoon, 40% of all questions, read 40% of the cube). A filter on three or four reads the full combinations: few.
/// </summary>
internal static class Marge
{
    /// <summary>The dimension value of a marginal row: every value. Never a real kern, kanaal, bron or levensfase.</summary>
    public const string Alle = "*";

    /// <summary>Which of the four dimensions a row names, one bit each in this order (kern is bit 0).</summary>
    private static readonly string[] Dimensies = ["Kern", "Kanaal", "Bron", "Levensfase"];

    private const int Volledig = 0b1111;

    /// <summary>The rows a count is booked in: the full combination, then each dimension alone, then each pair.</summary>
    public static readonly IReadOnlyList<int> Groeperingen =
        [Volledig, .. Enumerable.Range(1, 14).Where(g => int.PopCount(g) == 1), .. Enumerable.Range(1, 14).Where(g => int.PopCount(g) == 2)];

    /// <summary>The same rows for one question's dimensions, each real value kept apart from <see cref="Alle"/> (<see cref="Echt"/>).</summary>
    public static IEnumerable<(string Kern, string Kanaal, string Bron, string Levensfase)> RijenVan(Vraagdimensies dimensies)
    {
        string[] echt = [Echt(dimensies.Kern), Echt(dimensies.Kanaal), Echt(dimensies.Bron), Echt(dimensies.Levensfase)];
        foreach (var groepering in Groeperingen)
        {
            string Waarde(int i) => (groepering & (1 << i)) != 0 ? echt[i] : Alle;
            yield return (Waarde(0), Waarde(1), Waarde(2), Waarde(3));
        }
    }

    /// <summary>
    /// The condition on the four dimension columns (kern, kanaal, bron, levensfase in that order) that picks exactly the
    /// rows a read needs: each dimension <see cref="Rol.Gegeven"/> (equal to its parameter), <see cref="Rol.Per"/> (every
    /// real value, to group by) or <see cref="Rol.Alle"/> (summed over). With one or two not <see cref="Rol.Alle"/>, the
    /// marginal rows that name those ('*' in the others); with three or four, the full combinations, the dimensions
    /// summed over read from every real value (written out with <c>&lt;&gt; '*'</c> for each of the four, so the partial
    /// indexes on full rows apply). Constants only; the values are the parameters @Kern, @Kanaal, @Bron and @Levensfase.
    /// </summary>
    public static string Voorwaarde(params Rol[] rollen)
    {
        if (rollen.Length != Dimensies.Length || rollen.All(r => r == Rol.Alle))
        {
            throw new ArgumentException("Vier rollen, niet alle vier Alle (dat is totaalcijfer).", nameof(rollen));
        }

        var marge = rollen.Count(r => r != Rol.Alle) <= 2;
        return string.Concat(Dimensies.Select((d, i) => rollen[i] switch
        {
            Rol.Gegeven => $" and {d.ToLowerInvariant()} = @{d}",
            Rol.Alle when marge => $" and {d.ToLowerInvariant()} = '{Alle}'",
            Rol.Per when marge => $" and {d.ToLowerInvariant()} <> '{Alle}'",
            _ => "",
        })) + (marge ? "" : " " + VolledigeRijen("and"));
    }

    /// <summary>Only the rows of full combinations (no <see cref="Alle"/>): what every reader that sums combinations must add.</summary>
    public static string VolledigeRijen(string voegwoord = "") =>
        $"{voegwoord} kern <> '{Alle}' and kanaal <> '{Alle}' and bron <> '{Alle}' and levensfase <> '{Alle}'".TrimStart();

    /// <summary>A real dimension value is never <see cref="Alle"/>: the booking keeps it apart as "onbekend".</summary>
    public static string Echt(string waarde) => waarde == Alle ? Vraagdimensies.Onbekend : waarde;
}

/// <summary>What a read does with a dimension: filter on the given value, group by its values, or sum over it.</summary>
internal enum Rol
{
    Alle,
    Gegeven,
    Per,
}
