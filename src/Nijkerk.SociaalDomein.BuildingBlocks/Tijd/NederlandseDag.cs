namespace Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

/// <summary>
/// Days as the municipality lives them: a day (a closing day, a deadline, a toestemming's last day) starts at midnight
/// Dutch time, whatever zone the server or the database session runs in. One for every module.
/// </summary>
public static class NederlandseDag
{
    public static DateOnly Van(DateTimeOffset moment) => DateOnly.FromDateTime(NederlandseTijd.Van(moment).DateTime);

    public static DateOnly Vandaag(TimeProvider clock) => Van(clock.GetUtcNow());

    /// <summary>Midnight at the start of <paramref name="dag"/>, Dutch time, in UTC: Npgsql writes a timestamptz from an offset of zero only.</summary>
    public static DateTimeOffset Begin(DateOnly dag)
    {
        var middernacht = dag.ToDateTime(TimeOnly.MinValue);
        return NederlandseTijd.Uit(middernacht).ToUniversalTime();
    }
}
