// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Regie's rights; which roles get them says <c>RegieModule</c>.</summary>
public static class RegieRechten
{
    public const string PlannenLezen = "plannen:lezen";
}
