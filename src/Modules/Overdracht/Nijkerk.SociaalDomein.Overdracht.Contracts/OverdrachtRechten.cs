// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Overdracht's rights; which roles get them says <c>OverdrachtModule</c>.</summary>
public static class OverdrachtRechten
{
    public const string Lezen = "overdrachten:lezen";

    /// <summary>Deciding which team or partner carries each expertise (the routing table): the functioneel beheerder's.</summary>
    public const string RouteringBeheren = "overdracht:routering-beheren";
}
