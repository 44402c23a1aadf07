// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Vraagverheldering's rights; which roles get them says <c>VraagverhelderingModule</c>.</summary>
public static class VraagverhelderingRechten
{
    public const string Lezen = "vraagverhelderingen:lezen";

    /// <summary>Taking a vraagverheldering and recording the gesprek, the scores, the rolgesprek and the afronding.</summary>
    public const string Behandelen = "vraagverhelderingen:behandelen";

    /// <summary>Keeping the methods (their leefgebieden and scale labels): the functioneel beheerder's.</summary>
    public const string MethodenBeheren = "methoden:beheren";
}
