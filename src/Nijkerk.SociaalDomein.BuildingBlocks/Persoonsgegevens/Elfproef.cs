using System.Text.RegularExpressions;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

/// <summary>
/// The elfproef of a burgerservicenummer, for every module: Intake checks a BSN with it, and a free text that must hold
/// no personal data (a knelpunt for beleid) is refused when it carries a number that passes it.
/// </summary>
public static partial class Elfproef
{
    /// <summary>Nine digits that pass the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).</summary>
    public static bool IsBsn(string? waarde)
    {
        if (waarde is not { Length: 9 } || !waarde.All(char.IsAsciiDigit))
        {
            return false;
        }

        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (waarde[i] - '0');
        }

        som -= waarde[8] - '0';
        return som != 0 && som % 11 == 0;
    }

    /// <summary>
    /// True when the text holds nine digits in a row, also written in groups (<c>1234.56.782</c>, <c>123 456 782</c>),
    /// that pass the elfproef: a BSN, or a number that cannot be told from one. A longer run of digits (a phone number) is not one.
    /// </summary>
    public static bool BevatBsn(string? tekst) =>
        tekst is not null && NegenCijfers().Matches(tekst).Any(m => IsBsn(new string([.. m.Value.Where(char.IsAsciiDigit)])));

    [GeneratedRegex(@"(?<!\d[.\-]?)(?:\d[ .\-]?){8}\d(?![.\-]?\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NegenCijfers();
}
