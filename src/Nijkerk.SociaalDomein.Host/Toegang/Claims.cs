using System.Globalization;
using System.Security.Claims;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>How an actor is carried in a ClaimsPrincipal, for both the cookie and the API key.</summary>
public static class Claims
{
    public const string Soort = "nsd:soort";
    public const string Recht = "nsd:recht";
    public const string Organisatie = "nsd:organisatie";
    public const string Gebruikersnaam = "nsd:gebruikersnaam";
    public const string Team = "nsd:team";

    /// <summary>When the staff member typed their password (unix seconds): the session's absolute limit counts from it.</summary>
    public const string IngelogdOp = "nsd:ingelogd-op";

    /// <summary>The account's session version when the cookie was made: signing out raises it, ending the cookie (ADR 0005).</summary>
    public const string Sessieversie = "nsd:sessieversie";

    internal static ClaimsPrincipal VanGebruiker(Gebruiker gebruiker, DateTimeOffset ingelogdOp, string scheme, ModuleRegistry modules) =>
        Principal(scheme, gebruiker.Id.ToString(), gebruiker.Naam, ActorSoort.Medewerker, modules.RechtenVan(gebruiker.Rollen), null,
        [
            new(Gebruikersnaam, gebruiker.Gebruikersnaam),
            new(IngelogdOp, ingelogdOp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64),
            new(Sessieversie, gebruiker.Sessieversie.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
            .. gebruiker.Teams.Select(t => new Claim(Team, t)),
        ]);

    /// <summary>When the cookie's holder signed in, or null for a cookie without a readable time.</summary>
    internal static DateTimeOffset? IngelogdOpVan(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(IngelogdOp), NumberStyles.None, CultureInfo.InvariantCulture, out var seconden)
            ? DateTimeOffset.FromUnixTimeSeconds(seconden)
            : null;

    /// <summary>
    /// The session version a cookie was made with. A cookie from before versions existed has none and counts as the
    /// first (0), so it lasts until its account's first sign-out rather than signing everybody out at the update.
    /// Null for a value that is no version, which matches no account.
    /// </summary>
    internal static int? SessieversieVan(ClaimsPrincipal user)
    {
        var waarde = user.FindFirstValue(Sessieversie);
        if (waarde is null)
        {
            return 0;
        }

        return int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var versie) ? versie : null;
    }

    internal static ClaimsPrincipal VanApiClient(ApiClient client, string scheme, ModuleRegistry modules) =>
        Principal(scheme, client.Id.ToString(), client.Naam, ActorSoort.ApiClient, PartnerScopes.Van(modules, client.Scopes, client.Organisatie), client.Organisatie);

    internal static Actor NaarActor(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier)!,
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        Enum.Parse<ActorSoort>(user.FindFirstValue(Soort)!),
        user.FindAll(Recht).Select(c => c.Value).ToHashSet(),
        user.FindFirstValue(Organisatie),
        user.FindFirstValue(Gebruikersnaam),
        [.. user.FindAll(Team).Select(c => c.Value)]);

    private static ClaimsPrincipal Principal(
        string scheme, string id, string naam, ActorSoort soort, IEnumerable<string> rechten, string? organisatie, IEnumerable<Claim>? extra = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, id),
            new(ClaimTypes.Name, naam),
            new(Soort, soort.ToString()),
        };
        claims.AddRange(rechten.Select(r => new Claim(Recht, r)));
        claims.AddRange(extra ?? []);
        if (organisatie is not null)
        {
            claims.Add(new Claim(Organisatie, organisatie));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
