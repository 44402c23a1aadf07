using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// What a partner organisation's key may carry: its own aanmeldingen and the sociale kaart, never the
/// municipality's view of a person (inwoners, BSN, vraagverheldering, plans). Held at creation and again at
/// every sign-in, so a key the database says otherwise of still gets no more (ADR 0014).
/// </summary>
internal static class PartnerScopes
{
    private static readonly HashSet<string> NooitVoorPartners =
        [Rechten.InwonersLezen, Rechten.InwonersSchrijven, Rechten.BsnInzien, Rechten.VraagverhelderingenLezen, Rechten.PlannenLezen];

    public static bool Mag(string scope) => Rechten.Scopes.Contains(scope) && !NooitVoorPartners.Contains(scope);

    /// <summary>The scopes a key signs in with: for a partner's key only those a partner may have.</summary>
    public static IEnumerable<string> Van(string[] scopes, string? organisatie) =>
        scopes.Where(scope => string.IsNullOrWhiteSpace(organisatie) ? Rechten.Scopes.Contains(scope) : Mag(scope));
}
