// In the root namespace, so every module, page and test names a right without a using line.
namespace Nijkerk.SociaalDomein;

/// <summary>Intake's rights; which roles get them says <c>IntakeModule</c>.</summary>
public static class IntakeRechten
{
    public const string AanmeldingenLezen = "aanmeldingen:lezen";
    public const string AanmeldingenSchrijven = "aanmeldingen:schrijven";
    public const string AanmeldingenBehandelen = "aanmeldingen:behandelen";
    public const string InwonersLezen = "inwoners:lezen";
    public const string InwonersSchrijven = "inwoners:schrijven";
    public const string BsnInzien = "inwoners:bsn-inzien";

    /// <summary>How to reach an inwoner (name, phone, e-mail, address; never the BSN): the loket and the receiving vakspecialist.</summary>
    public const string ContactgegevensLezen = "inwoners:contactgegevens-lezen";
}
