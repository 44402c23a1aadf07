using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>A labelled text input with its description and Dutch error message, as the NL Design System form field draws it.</summary>
internal sealed record Tekstveld(
    string Naam, string Label, string Uitleg, string? Waarde, ModelStateDictionary ModelState, string Type = "text", string? Autocomplete = null)
{
    public string Id => Naam.Replace('.', '_');

    public string? Fout => ModelState[Naam]?.Errors.FirstOrDefault()?.ErrorMessage;
}
