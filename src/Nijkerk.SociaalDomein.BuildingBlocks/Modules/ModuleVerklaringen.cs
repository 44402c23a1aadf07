namespace Nijkerk.SociaalDomein.BuildingBlocks.Modules;

/// <summary>
/// A right a module declares, the roles that get it, whether an API key may carry it as a scope (never for what
/// only staff may do, such as beheer), and whether a partner organisation's key may (ADR 0014: a partner sees its own
/// aanmeldingen and the sociale kaart, never the municipality's view of a person). A partner is refused by default.
/// </summary>
public sealed record ModuleRecht(string Naam, IReadOnlyList<string> Rollen, bool IsScope, bool VoorPartners = false);

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
