using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// A burgerservicenummer. Its <see cref="ToString"/> hides the number, so a BSN that slips into a log
/// template or an exception message shows as asterisks; the number itself is read from <see cref="Waarde"/>.
/// </summary>
internal readonly record struct Bsn
{
    private Bsn(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    /// <summary>Nine digits that pass the elfproef (the building blocks' <see cref="Elfproef"/>, which other modules use too).</summary>
    public static bool IsGeldig(string? waarde) => Elfproef.IsBsn(waarde);

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
