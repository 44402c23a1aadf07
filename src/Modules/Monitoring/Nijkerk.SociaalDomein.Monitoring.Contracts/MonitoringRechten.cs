// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Monitoring's rights; which roles get them says <c>MonitoringModule</c>.</summary>
public static class MonitoringRechten
{
    /// <summary>The kerncijfers: aggregates only, small cells suppressed. Also a scope: a key with it reads nothing else.</summary>
    public const string Lezen = "monitoring:lezen";

    /// <summary>The loket records a knelpunt it meets (a rule that blocks help, a gap in the sociale kaart), without personal data.</summary>
    public const string KnelpuntMelden = "knelpunten:melden";

    /// <summary>Beleid sees the knelpunten with their counts and records what was done with them.</summary>
    public const string KnelpuntenBehandelen = "knelpunten:behandelen";

    /// <summary>Rebuilding the counts from the other modules' history: the functioneel beheerder, never an API scope.</summary>
    public const string Herbouwen = "monitoring:herbouwen";
}
