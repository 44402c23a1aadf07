// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Overdracht's rights; which roles get them says <c>OverdrachtModule</c>.</summary>
public static class OverdrachtRechten
{
    /// <summary>
    /// Reading overdrachten: the loket all of them (at first contact), a vakspecialist those of his own teams, a partner's
    /// key those addressed to its organisation (row-level security).
    /// </summary>
    public const string Lezen = "overdrachten:lezen";

    /// <summary>
    /// The teamleider's escalations: which overdrachten of his teams nobody accepted in time, with team, term and delay,
    /// never the inwoner or the samenvatting (domain.md, Roles: a teamleider sees no person).
    /// </summary>
    public const string EscalatiesLezen = "overdracht:escalaties-lezen";

    /// <summary>Accepting an overdracht or laying it back: the receiving vakspecialist, or a partner's key.</summary>
    public const string Behandelen = "overdrachten:behandelen";

    /// <summary>Reporting the result of the help back (the closed loop): the vakspecialist, or a partner's key.</summary>
    public const string Terugkoppelen = "overdrachten:terugkoppelen";

    /// <summary>Routing a laid-back or expired overdracht anew, and reopening a closed one: the loket.</summary>
    public const string Routeren = "overdrachten:routeren";

    /// <summary>Recording and withdrawing an inwoner's toestemming to share data with an external partner: the loket.</summary>
    public const string ToestemmingenBeheren = "toestemmingen:beheren";

    /// <summary>Reading an inwoner's toestemmingen.</summary>
    public const string ToestemmingenLezen = "toestemmingen:lezen";

    /// <summary>Deciding which team or partner carries each expertise (the routing table): the functioneel beheerder's.</summary>
    public const string RouteringBeheren = "overdracht:routering-beheren";

    /// <summary>The terms for accepting (per team) and the municipality's closing days: the functioneel beheerder's.</summary>
    public const string TermijnenBeheren = "overdracht:termijnen-beheren";
}
