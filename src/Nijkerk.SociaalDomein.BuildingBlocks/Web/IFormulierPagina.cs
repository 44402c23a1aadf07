namespace Nijkerk.SociaalDomein.BuildingBlocks.Web;

/// <summary>
/// A page with a form that <see cref="PaginaFoutenFilter"/> shows again, with what the user typed, when a command
/// refuses it: validation messages next to the fields, a refusal (conflict, rule, someone else's newer version) above them.
/// </summary>
public interface IFormulierPagina
{
    /// <summary>What the fields' names start with: <c>"Formulier."</c> when the page binds them to a property of that name.</summary>
    string Voorvoegsel => "";

    /// <summary>Loads what the page shows around the typed input (choices, the stored record) before it is shown again.</summary>
    Task ToonOpnieuwAsync(CancellationToken cancellationToken);
}
