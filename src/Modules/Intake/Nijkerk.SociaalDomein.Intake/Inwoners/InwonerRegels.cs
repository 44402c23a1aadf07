using System.Text;
using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// A person's own data, one record for registering (<c>RegistreerInwoner.Command</c> adds the look-alike choice) and
/// editing (the PUT body; <c>WijzigInwoner.Command</c> adds the id and version): one field list, one validator.
/// </summary>
internal record Persoonsgegevens
{
    public string? Voornamen { get; init; }

    public string? Voorvoegsel { get; init; }

    public string? Achternaam { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    public string? Straat { get; init; }

    public int? Huisnummer { get; init; }

    public string? HuisnummerToevoeging { get; init; }

    public string? Postcode { get; init; }

    public string? Woonplaats { get; init; }

    public string? Kern { get; init; }

    public string? Telefoon { get; init; }

    public string? Email { get; init; }

    public string? Voorkeurskanaal { get; init; }

    public string? Taal { get; init; }

    public string? Ondersteuningsbehoefte { get; init; }

    /// <summary>Only to set or correct it: never read back.</summary>
    public string? Bsn { get; init; }

    /// <summary>The example in the API document: a fictitious inwoner of Nijkerk, without a BSN (it may be left out).</summary>
    public static Persoonsgegevens Voorbeeld => new()
    {
        Voornamen = "Sanne",
        Voorvoegsel = "de",
        Achternaam = "Vries",
        Geboortedatum = new DateOnly(1984, 5, 17),
        Straat = "Kerkstraat",
        Huisnummer = 12,
        Postcode = "3861 AB",
        Woonplaats = "Nijkerk",
        Kern = "Nijkerk",
        Telefoon = "033 245 1234",
        Email = "s.devries@voorbeeld.nl",
        Voorkeurskanaal = "telefoon",
        Taal = "Nederlands",
        Ondersteuningsbehoefte = "Leest liever geen lange brieven; bel haar.",
    };

    // A record prints every property, and a command's ToString reaches exception messages and logs: the BSN must not.
    // The derived commands' generated PrintMembers call this one first.
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Voornamen = {Voornamen}, Voorvoegsel = {Voorvoegsel}, Achternaam = {Achternaam}, Geboortedatum = {Geboortedatum}, ");
        builder.Append($"Straat = {Straat}, Huisnummer = {Huisnummer}, HuisnummerToevoeging = {HuisnummerToevoeging}, Postcode = {Postcode}, ");
        builder.Append($"Woonplaats = {Woonplaats}, Kern = {Kern}, Telefoon = {Telefoon}, Email = {Email}, Voorkeurskanaal = {Voorkeurskanaal}, ");
        builder.Append($"Taal = {Taal}, Ondersteuningsbehoefte = {Ondersteuningsbehoefte}, Bsn = {Inwoners.Bsn.Verborgen(Bsn)}");
        return true;
    }
}

/// <summary>Rules on a person's fields that more than one slice checks.</summary>
internal static class InwonerRegels
{
    /// <summary>The kernen of the municipality; someone who lives elsewhere has no kern, only a woonplaats.</summary>
    public static readonly IReadOnlyList<string> Kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];

    public static readonly IReadOnlyDictionary<string, string> Voorkeurskanalen = new Dictionary<string, string>
    {
        ["telefoon"] = "Telefoon",
        ["e-mail"] = "E-mail",
        ["post"] = "Post",
        ["balie"] = "Aan de balie",
        ["huisbezoek"] = "Huisbezoek",
    };

    public static IRuleBuilderOptions<T, string?> GeldigBsn<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(bsn => bsn is null || Bsn.IsGeldig(bsn))
            .WithMessage("Het BSN moet uit 9 cijfers bestaan en de elfproef doorstaan.");

    public static IRuleBuilderOptions<T, string?> GeldigePostcode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[1-9][0-9]{3} ?[A-Za-z]{2}$").WithMessage("Vul een postcode in als 1234 AB.");

    public static string? NormaliseerPostcode(string? postcode) =>
        postcode is null ? null : postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Empty text from a form is no value: stored as null, so "not known" has one spelling.</summary>
    public static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
}

/// <summary>The shape of a person's fields, with Dutch messages; registering and editing include it.</summary>
internal sealed class InwonerGegevensValidator : AbstractValidator<Persoonsgegevens>
{
    public InwonerGegevensValidator(TimeProvider clock)
    {
        RuleFor(c => c.Voornamen).NotEmpty().WithMessage("Vul de voornamen in.").MaximumLength(200).WithMessage("Voornamen zijn ten hoogste 200 tekens.");
        RuleFor(c => c.Voorvoegsel).MaximumLength(20).WithMessage("Een voorvoegsel is ten hoogste 20 tekens.");
        RuleFor(c => c.Achternaam).NotEmpty().WithMessage("Vul de achternaam in.").MaximumLength(200).WithMessage("Een achternaam is ten hoogste 200 tekens.");
        RuleFor(c => c.Geboortedatum).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul de geboortedatum in.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("De geboortedatum ligt in de toekomst.")
            .Must(d => d >= new DateOnly(1900, 1, 1)).WithMessage("De geboortedatum ligt voor 1900.");
        RuleFor(c => c.Huisnummer).InclusiveBetween(1, 99999).WithMessage("Een huisnummer ligt tussen 1 en 99999.");
        RuleFor(c => c.HuisnummerToevoeging).MaximumLength(10).WithMessage("Een toevoeging is ten hoogste 10 tekens.");
        RuleFor(c => c.Postcode).GeldigePostcode();
        RuleFor(c => c.Straat).MaximumLength(200).WithMessage("Een straatnaam is ten hoogste 200 tekens.");
        RuleFor(c => c.Woonplaats).MaximumLength(100).WithMessage("Een woonplaats is ten hoogste 100 tekens.");
        RuleFor(c => c.Kern).EenVan(InwonerRegels.Kernen)
            .WithMessage("Kies de kern: Nijkerk, Nijkerkerveen of Hoevelaken (leeg voor wie buiten de gemeente woont).");
        RuleFor(c => c.Telefoon).Matches(@"^\+?[0-9][0-9 ()-]{8,18}[0-9]$")
            .WithMessage("Vul een telefoonnummer in van 10 cijfers, zoals 033 123 45 67 of +31 6 12345678.");
        RuleFor(c => c.Email).MaximumLength(254).EmailAddress().WithMessage("Vul een e-mailadres in als naam@voorbeeld.nl.");
        RuleFor(c => c.Voorkeurskanaal).EenVan(InwonerRegels.Voorkeurskanalen.Keys)
            .WithMessage("Kies het voorkeurskanaal: telefoon, e-mail, post, balie of huisbezoek.");
        RuleFor(c => c.Voorkeurskanaal).Must((c, k) => k != "telefoon" || c.Telefoon is not null)
            .WithMessage("Vul een telefoonnummer in als de inwoner het liefst wordt gebeld.");
        RuleFor(c => c.Voorkeurskanaal).Must((c, k) => k != "e-mail" || c.Email is not null)
            .WithMessage("Vul een e-mailadres in als de inwoner het liefst e-mail krijgt.");
        RuleFor(c => c.Taal).MaximumLength(50).WithMessage("Een taal is ten hoogste 50 tekens.");
        RuleFor(c => c.Ondersteuningsbehoefte).MaximumLength(500).WithMessage("Beschrijf de ondersteuning in ten hoogste 500 tekens.");
        RuleFor(c => c.Bsn).GeldigBsn();
    }
}
