// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>The sociale kaart's rights; which roles get them says <c>SocialeKaartModule</c>.</summary>
public static class SocialeKaartRechten
{
    public const string Lezen = "sociale-kaart:lezen";
    public const string Beheren = "sociale-kaart:beheren";
}
