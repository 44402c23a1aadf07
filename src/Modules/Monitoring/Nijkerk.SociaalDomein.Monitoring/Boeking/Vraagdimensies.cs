namespace Nijkerk.SociaalDomein.Monitoring.Boeking;

/// <summary>
/// The dimensions a question is counted under, fixed at its first contact: the kern the inwoner lives in, the kanaal
/// and bron of the aanmelding and his levensfase then. "onbekend" where the question is anonymous or unknown here.
/// </summary>
internal sealed record Vraagdimensies(string Kern, string Kanaal, string Bron, string Levensfase)
{
    public const string Onbekend = "onbekend";

    public static readonly Vraagdimensies Geen = new(Onbekend, Onbekend, Onbekend, Onbekend);
}

/// <summary>The age bands of the kerncijfers (issue 14): 0–17, 18–26, 27–66, 67+.</summary>
internal static class Levensfase
{
    public static readonly IReadOnlyList<string> Alle = ["0-17", "18-26", "27-66", "67+", Vraagdimensies.Onbekend];

    public static string Van(int? leeftijd) => leeftijd switch
    {
        null or < 0 => Vraagdimensies.Onbekend,
        <= 17 => "0-17",
        <= 26 => "18-26",
        <= 66 => "27-66",
        _ => "67+",
    };
}
