using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// Working days in the Netherlands: not a Saturday or Sunday, not a public holiday (computed from the date of Easter,
/// so no year needs a hand-typed list), not one of the municipality's own closing days.
/// </summary>
internal static class Werkdagen
{
    /// <summary>
    /// When a term of <paramref name="werkdagen"/> working days, offered at <paramref name="aangeboden"/>, ends: at the
    /// end of the last of those working days, Dutch time. The day of the offer does not count, so offered on a Friday at
    /// 16:00 with two working days, the term ends when Tuesday does.
    /// </summary>
    public static DateTimeOffset TermijnEinde(DateTimeOffset aangeboden, int werkdagen, IReadOnlySet<DateOnly> sluitingsdagen)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(werkdagen, 1);
        var dag = NederlandseDag.Van(aangeboden);
        for (var geteld = 0; geteld < werkdagen;)
        {
            dag = dag.AddDays(1);
            if (IsWerkdag(dag, sluitingsdagen))
            {
                geteld++;
            }
        }

        return NederlandseDag.Begin(dag.AddDays(1));
    }

    public static bool IsWerkdag(DateOnly dag, IReadOnlySet<DateOnly> sluitingsdagen) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && FeestdagOp(dag) is null && !sluitingsdagen.Contains(dag);

    /// <summary>The public holiday on <paramref name="dag"/>, by name, or null.</summary>
    public static string? FeestdagOp(DateOnly dag)
    {
        var pasen = Paaszondag(dag.Year);
        // Koningsdag moves to the Saturday before when 27 April is a Sunday.
        var koningsdag = new DateOnly(dag.Year, 4, 27) is { DayOfWeek: DayOfWeek.Sunday } zondag ? zondag.AddDays(-1) : new DateOnly(dag.Year, 4, 27);
        return dag switch
        {
            { Month: 1, Day: 1 } => "Nieuwjaarsdag",
            _ when dag == pasen => "Eerste paasdag",
            _ when dag == pasen.AddDays(1) => "Tweede paasdag",
            _ when dag == koningsdag => "Koningsdag",
            { Month: 5, Day: 5 } => "Bevrijdingsdag",
            _ when dag == pasen.AddDays(39) => "Hemelvaartsdag",
            _ when dag == pasen.AddDays(49) => "Eerste pinksterdag",
            _ when dag == pasen.AddDays(50) => "Tweede pinksterdag",
            { Month: 12, Day: 25 } => "Eerste kerstdag",
            { Month: 12, Day: 26 } => "Tweede kerstdag",
            _ => null,
        };
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly Paaszondag(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }
}
