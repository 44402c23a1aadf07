using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nijkerk.SociaalDomein.Intake.Inwoners.Pages;

/// <summary>A labelled form field with its Dutch error message, as the NL Design System draws it: text, date or a choice.</summary>
internal sealed record Veld(
    string Naam, string Label, string? Waarde, ModelStateDictionary ModelState, string? Uitleg = null, string Type = "text",
    string? Autocomplete = null, IReadOnlyDictionary<string, string>? Keuzes = null, string? LegeKeuze = null)
{
    public string Id => Naam.Replace('.', '_');

    public string? Fout => ModelState[Naam]?.Errors.FirstOrDefault()?.ErrorMessage;

    public string? BeschrevenDoor
    {
        get
        {
            var ids = new[] { Uitleg is null ? null : Id + "-uitleg", Fout is null ? null : Id + "-fout" }.OfType<string>().ToArray();
            return ids.Length == 0 ? null : string.Join(' ', ids);
        }
    }
}
