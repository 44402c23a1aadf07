using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Web;

/// <summary>How pages show values to staff: times in Dutch time, whatever zone the server runs in.</summary>
public static class Weergave
{
    public static string Tijdstip(DateTimeOffset tijd) => NederlandseTijd.Van(tijd).ToString("d MMM yyyy HH:mm");
}
