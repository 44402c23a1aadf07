using System.Security.Cryptography;
using System.Text;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Host.Shared;

/// <summary>
/// A short fingerprint of what the crisis banner shows. The banner polls with the fingerprint it shows; an unchanged
/// banner is answered 204, so htmx swaps nothing: focus stays on its button and screen readers hear only news.
/// </summary>
internal static class Crisisstand
{
    public static string Van(Crisisoverzicht overzicht)
    {
        var tekst = string.Join('|', overzicht.Meldingen.Select(m => m.AanmeldingId.ToString()))
            + "#" + string.Join('|', overzicht.Dienst.Select(d => $"{d.Naam};{d.Telefoon};{d.Tot:O}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tekst)))[..16];
    }
}
