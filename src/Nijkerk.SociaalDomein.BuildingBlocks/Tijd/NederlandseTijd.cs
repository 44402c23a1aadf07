namespace Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

/// <summary>
/// The clock on the wall in the Netherlands, whatever zone the server runs in: a moment shown to staff, and a time
/// staff typed (a date and time without a zone) read as Dutch time. One for every module, with <see cref="NederlandseDag"/>.
/// </summary>
public static class NederlandseTijd
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The moment as the Dutch clock shows it (the offset is +01:00 or +02:00).</summary>
    public static DateTimeOffset Van(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>A time staff typed, read as Dutch time.</summary>
    public static DateTimeOffset Uit(DateTime lokaal) => new(lokaal, Zone.GetUtcOffset(lokaal));
}
