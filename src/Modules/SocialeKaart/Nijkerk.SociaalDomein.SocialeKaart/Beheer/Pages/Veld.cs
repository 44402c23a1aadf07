using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer.Pages;

/// <summary>A labelled input or textarea with its explanation and its Dutch error message, as the NL Design System draws it.</summary>
internal sealed record Veld(string Naam, string Label, string? Waarde, ModelStateDictionary ModelState, string? Uitleg = null, string Type = "text", int Regels = 0)
{
    public string Id => Naam.Replace('.', '_');

    public string? Fout => ModelState[Naam]?.Errors.FirstOrDefault()?.ErrorMessage;

    public string Beschreven => string.Join(' ', new[] { Uitleg is null ? null : Id + "-uitleg", Fout is null ? null : Id + "-fout" }.OfType<string>());
}
