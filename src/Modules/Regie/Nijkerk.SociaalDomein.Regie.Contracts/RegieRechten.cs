// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Regie's rights; which roles get them says <c>RegieModule</c>.</summary>
public static class RegieRechten
{
    /// <summary>
    /// Reading plans: the loket sees at first contact that a plan runs and who the regisseur is; the regisseur, ijsbreker
    /// and the vakspecialisten with a part in a plan read it, each what its visibility lets him ("dat, niet wat").
    /// </summary>
    public const string PlannenLezen = "plannen:lezen";

    /// <summary>Keeping a plan: doelen, acties, evaluaties, the inwoner's agreement, closing. The regisseur's.</summary>
    public const string PlannenBeheren = "plannen:beheren";

    /// <summary>
    /// Taking part in a plan: a vakspecialist with a part in it adds and updates acties of his team and evaluates.
    /// </summary>
    public const string PlannenBijdragen = "plannen:bijdragen";

    /// <summary>Escalating a stalled plan to an ijsbreker: anyone in the plan, and a partner (huisarts, school) by API.</summary>
    public const string PlannenEscaleren = "plannen:escaleren";

    /// <summary>
    /// The teamleider's list "regie gevraagd" and assigning a regisseur. The list names no person (domain.md, Roles:
    /// a teamleider sees no person): the regisseur reads the household once he has the plan.
    /// </summary>
    public const string RegieToewijzen = "regie:toewijzen";

    /// <summary>Reading and keeping huishoudens (members, relations, contact person): the loket and the regisseur.</summary>
    public const string HuishoudensBeheren = "huishoudens:beheren";

    /// <summary>Handling escalations: the ijsbreker's decisions and the budget he spends.</summary>
    public const string EscalatiesBehandelen = "escalaties:behandelen";

    /// <summary>The ijsbrekers' budget pot and its balance, without any person: ijsbrekers, the teamleider and the beheerder who sets it.</summary>
    public const string BudgetLezen = "regie:budget-lezen";

    /// <summary>The ijsbrekers' rota and the settings for when a plan stalls: the functioneel beheerder.</summary>
    public const string RegieInrichten = "regie:inrichten";
}
