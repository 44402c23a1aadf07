namespace Nijkerk.SociaalDomein.BuildingBlocks.Web;

/// <summary>How pages show values to staff: times in Dutch time, whatever zone the server runs in.</summary>
public static class Weergave
{
    private static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Tijdstip(DateTimeOffset tijd) => TimeZoneInfo.ConvertTime(tijd, Nederland).ToString("d MMM yyyy HH:mm");
}
