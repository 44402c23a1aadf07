namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>
/// How a period splits over the month cube and the day cube: the whole calendar months in it,
/// [<see cref="MaandenVan"/>, <see cref="MaandenTot"/>), read per month, and the days before and after them read per day.
/// A period without a whole month has an empty month range just past its end, so every day is read per day.
/// <see cref="OpenTot"/> is the same split for "every day up to the end" (the plans still open): months before it, days
/// from it.
/// </summary>
internal sealed record HeleMaanden(DateOnly MaandenVan, DateOnly MaandenTot, DateOnly OpenTot)
{
    public static HeleMaanden Van(DateOnly van, DateOnly tot)
    {
        var eersteHele = van.Day == 1 ? van : Eerste(van).AddMonths(1);
        var naLaatsteHele = tot.AddDays(1).Day == 1 ? tot.AddDays(1) : Eerste(tot);
        return eersteHele < naLaatsteHele
            ? new HeleMaanden(eersteHele, naLaatsteHele, naLaatsteHele)
            : new HeleMaanden(tot.AddDays(1), tot.AddDays(1), naLaatsteHele);
    }

    private static DateOnly Eerste(DateOnly dag) => new(dag.Year, dag.Month, 1);
}
