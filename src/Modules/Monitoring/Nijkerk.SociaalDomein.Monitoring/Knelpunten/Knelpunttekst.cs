using System.Text.RegularExpressions;
using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>
/// A free text about a knelpunt (its description, beleid's toelichting): short, and without personal data. A name cannot
/// be recognised, so the form asks for none; a number that passes the elfproef can, and is refused.
/// </summary>
internal static partial class Knelpunttekst
{
    public const string GeenPersoonsgegevens = "Beschrijf het knelpunt, niet de inwoner: geen namen of andere persoonsgegevens (zoals een BSN).";

    public static IRuleBuilderOptions<T, string?> ZonderPersoonsgegevens<T>(this IRuleBuilderInitial<T, string?> regel, string wat, int maximum) =>
        regel.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"Vul de {wat} in: een paar zinnen.")
            .MaximumLength(maximum).WithMessage($"De {wat} is ten hoogste {maximum} tekens.")
            .Must(tekst => !Elfproef.BevatBsn(tekst))
            .WithMessage($"De {wat} bevat een nummer dat een BSN kan zijn. {GeenPersoonsgegevens} Haal het nummer weg.");

    /// <summary>How two descriptions are compared: trimmed, lower case, runs of white space as one space, no closing full stop.</summary>
    public static string Vergelijking(string tekst) => Witruimte().Replace(tekst.Trim().ToLowerInvariant(), " ").TrimEnd('.', '!', ' ');

    public static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Witruimte();
}
