namespace Nijkerk.SociaalDomein;

/// <summary>The purpose (doelbinding) for which Monitoring processes data, as recorded in the audit log.</summary>
public static class MonitoringDoelen
{
    /// <summary>Statistics for steering (sturen op resultaat): counts and durations, never a person.</summary>
    public const string Monitoring = "Monitoring: sturen op resultaat met cijfers zonder persoonsgegevens";
}
