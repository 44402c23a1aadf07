// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Vraagverheldering's rights; which roles get them says <c>VraagverhelderingModule</c>.</summary>
public static class VraagverhelderingRechten
{
    public const string Lezen = "vraagverhelderingen:lezen";
}
