using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>A labelled select with its Dutch error message, as the NL Design System form field draws it.</summary>
internal sealed record Keuzeveld(
    string Naam, string Label, string Uitleg, string? Gekozen, IReadOnlyDictionary<string, string> Keuzes, ModelStateDictionary ModelState)
{
    public string Id => Naam.Replace('.', '_');

    public string? Fout => ModelState[Naam]?.Errors.FirstOrDefault()?.ErrorMessage;
}
