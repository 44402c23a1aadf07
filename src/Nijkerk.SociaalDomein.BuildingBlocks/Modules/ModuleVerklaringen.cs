namespace Nijkerk.SociaalDomein.BuildingBlocks.Modules;

/// <summary>
/// A right a module declares, the roles that get it, and whether an API key may carry it as a scope (never for
/// what only staff may do, such as beheer).
/// </summary>
public sealed record ModuleRecht(string Naam, IReadOnlyList<string> Rollen, bool IsScope);

/// <summary>Where a navigation item stands: with the daily work, or among the beheer pages after it.</summary>
public enum NavigatieGroep
{
    Werk,
    Beheer,
}

/// <summary>A link in the main navigation, shown only to whoever holds <see cref="Recht"/>.</summary>
public sealed record NavigatieItem(string Href, string Tekst, string Recht, NavigatieGroep Groep = NavigatieGroep.Werk);

/// <summary>A tag of the OpenAPI document, under which the module's endpoints are listed.</summary>
public sealed record ApiTag(string Naam, string Beschrijving);
