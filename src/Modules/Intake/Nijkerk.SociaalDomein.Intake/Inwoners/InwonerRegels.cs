using FluentValidation;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>Rules on a person's fields that more than one slice checks.</summary>
internal static class InwonerRegels
{
    public static IRuleBuilderOptions<T, string?> GeldigBsn<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(bsn => bsn is null || Bsn.IsGeldig(bsn))
            .WithMessage("Het BSN moet uit 9 cijfers bestaan en de elfproef doorstaan.");

    public static IRuleBuilderOptions<T, string?> GeldigePostcode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[1-9][0-9]{3} ?[A-Za-z]{2}$").WithMessage("Vul een postcode in als 1234 AB.");

    public static string? NormaliseerPostcode(string? postcode) =>
        postcode is null ? null : postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
