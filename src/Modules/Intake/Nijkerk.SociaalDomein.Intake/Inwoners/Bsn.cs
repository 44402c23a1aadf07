namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// A burgerservicenummer. Its <see cref="ToString"/> hides the number, so a BSN that slips into a log
/// template or an exception message shows as asterisks; the number itself is read from <see cref="Waarde"/>.
/// </summary>
internal readonly record struct Bsn
{
    private Bsn(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    /// <summary>Nine digits that pass the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).</summary>
    public static bool IsGeldig(string? waarde)
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

    public static Bsn Parse(string waarde) =>
        IsGeldig(waarde) ? new Bsn(waarde) : throw new ArgumentException("Geen geldig BSN.", nameof(waarde));

    public override string ToString() => Masker;

    /// <summary>
    /// How a record prints a BSN it holds as text (its PrintMembers): asterisks when there is one, nothing when there
    /// is none, just as a missing value prints.
    /// </summary>
    public static string Verborgen(string? waarde) => waarde is null ? "" : Masker;

    private const string Masker = "*********";
}
