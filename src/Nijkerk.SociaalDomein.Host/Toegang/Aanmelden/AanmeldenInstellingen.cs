using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang.Aanmelden;

/// <summary>
/// How staff and systems sign in (section <c>Aanmelden</c>, ADR 0026): local accounts (on unless switched off), the
/// municipality's identity provider with OpenID Connect (on when <c>OpenIdConnect:Authority</c> is set) and OAuth2
/// bearer tokens for integrators (on when <c>Jwt:Authority</c> is set), beside the API keys that always work.
/// </summary>
public sealed class AanmeldenInstellingen
{
    public const string Sectie = "Aanmelden";

    /// <summary>Local accounts with a password. Off: the sign-in page offers only the identity provider.</summary>
    public bool LokaleAccounts { get; set; } = true;

    public OpenIdConnectInstellingen OpenIdConnect { get; set; } = new();

    public JwtInstellingen Jwt { get; set; } = new();

    public bool IdpAan => !string.IsNullOrWhiteSpace(OpenIdConnect.Authority);

    public bool JwtAan => !string.IsNullOrWhiteSpace(Jwt.Authority);

    public static AanmeldenInstellingen Lees(IConfiguration configuration) =>
        configuration.GetSection(Sectie).Get<AanmeldenInstellingen>() ?? new AanmeldenInstellingen();

    /// <summary>What is wrong with these settings, in the words an operator reads in the start-up error; empty when nothing.</summary>
    public IEnumerable<string> Fouten()
    {
        if (!LokaleAccounts && !IdpAan)
        {
            yield return "Aanmelden:LokaleAccounts staat uit maar Aanmelden:OpenIdConnect:Authority is leeg: niemand kan inloggen.";
        }

        if (IdpAan)
        {
            if (string.IsNullOrWhiteSpace(OpenIdConnect.ClientId))
            {
                yield return "Aanmelden:OpenIdConnect:ClientId ontbreekt.";
            }

            if (OpenIdConnect.Groepen.Count == 0)
            {
                yield return "Aanmelden:OpenIdConnect:Groepen is leeg: geen medewerker zou toegang krijgen.";
            }

            foreach (var (groep, toegang) in OpenIdConnect.Groepen)
            {
                foreach (var rol in toegang.Rollen.Where(r => !Rollen.Namen.ContainsKey(r)))
                {
                    yield return $"Aanmelden:OpenIdConnect:Groepen:{groep} noemt rol '{rol}', die niet bestaat ({string.Join(", ", Rollen.Namen.Keys)}).";
                }
            }
        }

        if (JwtAan && string.IsNullOrWhiteSpace(Jwt.Audience))
        {
            yield return "Aanmelden:Jwt:Audience ontbreekt: een token voor een ander systeem zou worden aangenomen.";
        }
    }
}

/// <summary>Staff sign in at the municipality's identity provider: authorization code with PKCE.</summary>
public sealed class OpenIdConnectInstellingen
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c> (some providers send groups only for a scope of their own).</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>The claim with the groups (Entra ID, Keycloak: <c>groups</c>; ADFS: <c>group</c> or <c>role</c>).</summary>
    public string GroepClaim { get; set; } = "groups";

    public string NaamClaim { get; set; } = "name";

    /// <summary>The claim that becomes the account's user name when it is made (never changed after, work is assigned to it).</summary>
    public string GebruikersnaamClaim { get; set; } = "preferred_username";

    /// <summary>Only over https (the provider's metadata and keys). Off only for a provider on loopback in tests.</summary>
    public bool VereisHttps { get; set; } = true;

    /// <summary>A group value of the provider (case-insensitive) and the roles and teams it gives here.</summary>
    public Dictionary<string, GroepToegang> Groepen { get; set; } = [];
}

public sealed class GroepToegang
{
    public string[] Rollen { get; set; } = [];

    /// <summary>Codes of Overdracht's teams.</summary>
    public string[] Teams { get; set; } = [];
}

/// <summary>Integrators with an OAuth2 access token (client credentials) from the municipality's provider.</summary>
public sealed class JwtInstellingen
{
    public string? Authority { get; set; }

    /// <summary>The audience a token must be for: this system's name at the provider.</summary>
    public string? Audience { get; set; }

    /// <summary>Claims that name the client, the first one present counts.</summary>
    public string[] ClientClaims { get; set; } = [];

    public bool VereisHttps { get; set; } = true;

    public int KlokspelingSeconden { get; set; } = 30;

    /// <summary>A client id at the provider and what it may do here: as an API key, scopes and possibly a partner organisation.</summary>
    public Dictionary<string, JwtClient> Clients { get; set; } = [];

    internal IEnumerable<string> ClientClaimsOfStandaard => ClientClaims.Length > 0 ? ClientClaims : ["client_id", "azp", "appid"];
}

public sealed class JwtClient
{
    /// <summary>The name the audit log shows for this client.</summary>
    public string? Naam { get; set; }

    public string[] Scopes { get; set; } = [];

    /// <summary>The partner organisation (ADR 0014): set, the client sees only that organisation's rows and partner scopes.</summary>
    public string? Organisatie { get; set; }
}
