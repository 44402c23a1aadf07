namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>A plan runs (lopend) until the regisseur closes it with a result (afgesloten).</summary>
internal static class PlanStatus
{
    public const string Lopend = "lopend";
    public const string Afgesloten = "afgesloten";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Lopend] = "Lopend",
        [Afgesloten] = "Afgesloten",
    };
}

/// <summary>
/// Who sees a doel, actie or evaluatie ("dat, niet wat"): everyone with a part in the plan, or only the regisseur and the
/// verantwoordelijke (the team or organisation it names).
/// </summary>
internal static class Zichtbaarheden
{
    public const string Plan = "plan";
    public const string Beperkt = "beperkt";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Plan] = "Iedereen in het plan",
        [Beperkt] = "Alleen regisseur en verantwoordelijke",
    };
}
