using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// A real OpenID provider for the tests (ADR 0026): OpenIddict's server on Kestrel at a free loopback port, without a
/// database (degraded mode: this class checks clients and users itself). It has a plain HTML sign-in page, the users
/// a test adds (with their groups), the host as a confidential client for the authorization code flow with PKCE, and
/// integrators for client credentials. Tokens are signed with <see cref="Sleutel"/>, so a test can also make a token
/// this provider never would (an expired one) that is signed as it signs.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string WebClientId = "nsd-web";
    public const string WebClientGeheim = "nsd-web-geheim";
    public const string Audience = "nsd-api";

    private readonly ConcurrentDictionary<string, TestIdpGebruiker> gebruikers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> integratoren = new(StringComparer.Ordinal);
    private readonly WebApplication app;
    private int gestopt;

    private OidcTestProvider()
    {
        Sleutel = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "nsd-test-idp" };
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.EnableDegradedMode();
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowClientCredentialsFlow();
            options.AddSigningKey(Sleutel).AddEphemeralEncryptionKey();
            // A resource server reads a plain signed JWT, as the municipality's provider gives it.
            options.DisableAccessTokenEncryption();
            options.DisableScopeValidation();
            options.UseAspNetCore().DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                // The host runs at a port of its own: any loopback address with the callback path is its own.
                if (context.ClientId != WebClientId)
                {
                    context.Reject(Errors.InvalidClient, "Onbekende client.");
                }
                else if (!Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var terug) || !terug.IsLoopback || terug.AbsolutePath != "/signin-oidc")
                {
                    context.Reject(Errors.InvalidRequest, "Onbekende redirect_uri.");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var geheim = context.ClientId == WebClientId ? WebClientGeheim : integratoren.GetValueOrDefault(context.ClientId ?? "");
                if (geheim is null || context.ClientSecret != geheim || (context.Request.IsClientCredentialsGrantType() && context.ClientId == WebClientId))
                {
                    context.Reject(Errors.InvalidClient, "Onbekende client of verkeerd geheim.");
                }

                return default;
            }));
        });

        app = builder.Build();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)AutoriseerAsync);
        app.MapPost("/connect/token", (Func<HttpContext, Task<IResult>>)TokenAsync);
    }

    public RsaSecurityKey Sleutel { get; }

    /// <summary>The provider's issuer and authority, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Adres { get; private set; } = null!;

    public static OidcTestProvider Start()
    {
        var provider = new OidcTestProvider();
        provider.app.StartAsync().GetAwaiter().GetResult();
        var adres = provider.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Adres = new Uri(adres.TrimEnd('/') + "/");
        return provider;
    }

    /// <summary>A member of staff known at the provider, with the groups it sends in the <c>groups</c> claim.</summary>
    public TestIdpGebruiker VoegGebruikerToe(string naam, params string[] groepen)
    {
        var gebruiker = new TestIdpGebruiker(
            "idp-" + Guid.NewGuid().ToString("N")[..8], "idp-wachtwoord-" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString(), naam, groepen);
        gebruikers[gebruiker.Gebruikersnaam] = gebruiker;
        return gebruiker;
    }

    /// <summary>An integrator that may ask for tokens with client credentials.</summary>
    public void VoegIntegratorToe(string clientId, string geheim) => integratoren[clientId] = geheim;

    /// <summary>A token by client credentials, for the host's audience unless another is asked (custom parameter <c>doelgroep</c>).</summary>
    public async Task<string> VraagTokenAsync(string clientId, string geheim, string? scope = null, string? doelgroep = null)
    {
        using var http = new HttpClient();
        var velden = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = geheim };
        if (scope is not null)
        {
            velden["scope"] = scope;
        }

        if (doelgroep is not null)
        {
            velden["doelgroep"] = doelgroep;
        }

        var antwoord = await http.PostAsync(new Uri(Adres, "connect/token"), new FormUrlEncodedContent(velden));
        var inhoud = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        return antwoord.IsSuccessStatusCode
            ? inhoud.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"Geen token voor {clientId}: {inhoud}");
    }

    /// <summary>A token signed with the provider's key as it would sign, with the claims and times the test chooses.</summary>
    public string MaakToken(string clientId, string audience, DateTime geldigVanaf, DateTime geldigTot, SecurityKey? sleutel = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Adres.ToString(),
            Audience = audience,
            IssuedAt = geldigVanaf,
            NotBefore = geldigVanaf,
            Expires = geldigTot,
            Claims = new Dictionary<string, object> { ["sub"] = clientId, ["client_id"] = clientId },
            SigningCredentials = new SigningCredentials(sleutel ?? Sleutel, SecurityAlgorithms.RsaSha256),
            TokenType = "at+jwt",
        });

    /// <summary>Settings that point the host at this provider for staff sign-in, with these group mappings.</summary>
    public IEnumerable<KeyValuePair<string, string?>> IdpInstellingen(IReadOnlyDictionary<string, (string[] Rollen, string[] Teams)> groepen)
    {
        yield return new("Aanmelden:OpenIdConnect:Authority", Adres.ToString());
        yield return new("Aanmelden:OpenIdConnect:ClientId", WebClientId);
        yield return new("Aanmelden:OpenIdConnect:ClientSecret", WebClientGeheim);
        yield return new("Aanmelden:OpenIdConnect:VereisHttps", "false");
        foreach (var (groep, (rollen, teams)) in groepen)
        {
            for (var i = 0; i < rollen.Length; i++)
            {
                yield return new($"Aanmelden:OpenIdConnect:Groepen:{groep}:Rollen:{i}", rollen[i]);
            }

            for (var i = 0; i < teams.Length; i++)
            {
                yield return new($"Aanmelden:OpenIdConnect:Groepen:{groep}:Teams:{i}", teams[i]);
            }
        }
    }

    // The sign-in page: the request's parameters ride along in hidden fields, so the form posts back a complete request.
    private async Task<IResult> AutoriseerAsync(HttpContext context)
    {
        var verzoek = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenID Connect-verzoek.");
        string? fout = null;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var formulier = await context.Request.ReadFormAsync();
            if (gebruikers.TryGetValue(formulier["gebruikersnaam"].ToString(), out var gebruiker) && formulier["wachtwoord"] == gebruiker.Wachtwoord)
            {
                var identiteit = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
                identiteit.AddClaim(new Claim(Claims.Subject, gebruiker.Onderwerp));
                identiteit.AddClaim(new Claim(Claims.Name, gebruiker.Naam));
                identiteit.AddClaim(new Claim(Claims.PreferredUsername, gebruiker.Gebruikersnaam));
                foreach (var groep in gebruiker.Groepen)
                {
                    identiteit.AddClaim(new Claim("groups", groep));
                }

                identiteit.SetScopes(verzoek.GetScopes());
                identiteit.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
                return Results.SignIn(new ClaimsPrincipal(identiteit), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            fout = "Onjuiste gebruikersnaam of wachtwoord.";
        }

        var velden = string.Concat(verzoek.GetParameters()
            .Where(p => p.Key is not ("gebruikersnaam" or "wachtwoord"))
            .Select(p => $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(p.Key)}\" value=\"{HtmlEncoder.Default.Encode((string?)p.Value ?? "")}\">"));
        return Results.Content(
            $"""
            <!doctype html>
            <html lang="nl"><head><meta charset="utf-8"><title>Gemeente Nijkerk - aanmelden</title></head>
            <body><main><h1>Aanmelden bij de gemeente</h1>
            {(fout is null ? "" : $"<p role=\"alert\">{fout}</p>")}
            <form method="post" action="/connect/authorize">{velden}
            <p><label for="gebruikersnaam">Gebruikersnaam</label> <input id="gebruikersnaam" name="gebruikersnaam"></p>
            <p><label for="wachtwoord">Wachtwoord</label> <input id="wachtwoord" name="wachtwoord" type="password"></p>
            <p><button type="submit">Aanmelden bij de gemeente</button></p>
            </form></main></body></html>
            """,
            "text/html; charset=utf-8");
    }

    private static async Task<IResult> TokenAsync(HttpContext context)
    {
        var verzoek = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OAuth-verzoek.");
        if (verzoek.IsAuthorizationCodeGrantType())
        {
            var code = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(code.Principal!, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var identiteit = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identiteit.AddClaim(new Claim(Claims.Subject, verzoek.ClientId!));
        identiteit.AddClaim(new Claim(Claims.ClientId, verzoek.ClientId!));
        identiteit.SetScopes(verzoek.GetScopes());
        identiteit.SetAudiences((string?)verzoek["doelgroep"] ?? Audience);
        identiteit.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identiteit), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref gestopt, 1) == 1)
        {
            return;
        }

        await app.StopAsync();
        await app.DisposeAsync();
        Sleutel.Rsa?.Dispose();
    }
}

public sealed record TestIdpGebruiker(string Gebruikersnaam, string Wachtwoord, string Onderwerp, string Naam, IReadOnlyList<string> Groepen);
