namespace Nijkerk.SociaalDomein;

/// <summary>
/// The purpose under which every module reads for an inzage (AVG art. 15) and the host answers it: one shared purpose,
/// so each module declares it among its own (architecture test) rather than each naming one of its own.
/// </summary>
public static class InzageDoelen
{
    public const string Inzage = "Inzage voor de inwoner in de gegevens die over hem zijn vastgelegd (AVG art. 15)";
}
