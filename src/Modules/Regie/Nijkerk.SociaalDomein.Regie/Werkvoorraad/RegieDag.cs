namespace Nijkerk.SociaalDomein.Regie.Werkvoorraad;

/// <summary>
/// A day as the municipality lives it: it starts at midnight Dutch time, whatever zone the server runs in. Regie's own
/// (Overdracht has the same for its terms; modules share no internals).
/// </summary>
internal static class RegieDag
{
    private static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Van(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Nederland).DateTime);

    public static DateOnly Vandaag(TimeProvider clock) => Van(clock.GetUtcNow());

    /// <summary>Midnight Dutch time at the start of <paramref name="dag"/>, as a moment.</summary>
    public static DateTimeOffset Begin(DateOnly dag)
    {
        var middernacht = dag.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(middernacht, Nederland.GetUtcOffset(middernacht)).ToUniversalTime();
    }
}
