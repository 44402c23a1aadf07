using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// What a partner organisation's key may carry: what the modules declare for partners (their own aanmeldingen, the
/// sociale kaart, the overdrachten addressed to them), never the municipality's view of a person (inwoners, BSN,
/// vraagverheldering, plans); an inwoner's contactgegevens only where he gave that partner his toestemming. Held at
/// creation and again at every sign-in, so a key the database says otherwise of still gets no more (ADR 0014).
/// </summary>
internal static class PartnerScopes
{
    public static bool Mag(ModuleRegistry modules, string scope) => modules.PartnerScopes.Contains(scope);

    /// <summary>The scopes a key signs in with: for a partner's key only those a partner may have.</summary>
    public static IEnumerable<string> Van(ModuleRegistry modules, string[] scopes, string? organisatie) =>
        scopes.Where(scope => string.IsNullOrWhiteSpace(organisatie) ? modules.Scopes.Contains(scope) : Mag(modules, scope));
}
