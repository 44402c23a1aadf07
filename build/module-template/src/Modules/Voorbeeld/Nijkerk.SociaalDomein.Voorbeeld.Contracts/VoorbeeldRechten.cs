// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Voorbeeld's rights; which roles get them says <c>VoorbeeldModule</c>.</summary>
public static class VoorbeeldRechten
{
    public const string Lezen = "__schema__:lezen";
}
