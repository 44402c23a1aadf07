using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Host.Api;
using Nijkerk.SociaalDomein.Host.Beveiliging;

namespace Nijkerk.SociaalDomein.Host.Toegang.Aanmelden;

/// <summary>
/// Sign-in with the municipality's identity provider (OpenID Connect, authorization code with PKCE) and OAuth2 bearer
/// tokens for integrators (ADR 0026), both off until configured. Neither is a new kind of actor: a staff member who
/// signs in at the provider gets an account in <c>toegang.gebruiker</c> (<see cref="ExterneAccounts"/>) and then the
/// same cookie as a local sign-in, checked on every request as ever; a token's client signs in as an API client with
/// the scopes and organisation configured for it, as a key would.
/// </summary>
internal static class AanmeldenSetup
{
    public const string IdpSchema = "Gemeente";
    public const string JwtSchema = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Where a refused or failed sign-in at the provider ends, with <c>?reden=</c>.</summary>
    public const string GeweigerdPad = "/inloggen/geweigerd";

    public static IServiceCollection AddAanmelden(this IServiceCollection services, IConfiguration configuration)
    {
        var instellingen = AanmeldenInstellingen.Lees(configuration);
        var fouten = instellingen.Fouten().ToList();
        if (fouten.Count > 0)
        {
            throw new InvalidOperationException("Aanmelden is onjuist ingesteld: " + string.Join(" ", fouten));
        }

        var authenticatie = services.AddAuthentication();
        if (instellingen.IdpAan)
        {
            authenticatie.AddOpenIdConnect(IdpSchema, "Gemeente-account", options => Idp(options, instellingen.OpenIdConnect));
        }

        if (instellingen.JwtAan)
        {
            authenticatie.AddJwtBearer(JwtSchema, options => Jwt(options, instellingen.Jwt));
        }

        return services;
    }

    /// <summary>The bearer scheme for an API request with a bearer token while tokens are on; null otherwise.</summary>
    public static string? TokenSchema(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiVersion.BasePath)
        && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && context.RequestServices.GetService<AanmeldenInstellingen>() is { JwtAan: true }
            ? JwtSchema
            : null;

    private static void Idp(OpenIdConnectOptions options, OpenIdConnectInstellingen idp)
    {
        options.Authority = idp.Authority;
        options.ClientId = idp.ClientId;
        options.ClientSecret = idp.ClientSecret;
        options.RequireHttpsMetadata = idp.VereisHttps;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        // The provider's tokens are not kept: the cookie carries our own claims, reloaded from the account every request.
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.MapInboundClaims = false;
        options.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile" }.Concat(idp.Scopes).Distinct(StringComparer.Ordinal))
        {
            options.Scope.Add(scope);
        }

        options.Events.OnTokenValidated = context => AangemeldAsync(context, idp);
        options.Events.OnTicketReceived = VerderAsync;
        options.Events.OnRemoteFailure = context =>
        {
            Aanmeldgebeurtenissen.Mislukt(Aanmeldgebeurtenissen.Logger(context.HttpContext), context.Failure?.GetType().Name ?? "onbekend");
            context.HttpContext.RequestServices.GetRequiredService<Telemetrie.Meetpunten>().InloggenMisluktOm("idp-mislukt");
            context.Response.Redirect(GeweigerdPad + "?reden=mislukt");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    // The provider vouched for him: find or make his account from the claims, and sign in with our own claims of it.
    private static async Task AangemeldAsync(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context, OpenIdConnectInstellingen idp)
    {
        var principal = context.Principal!;
        var onderwerp = principal.FindFirst("sub");
        if (onderwerp is null)
        {
            context.Fail("Het ID-token heeft geen sub.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        var wie = new ExterneIdentiteit(
            principal.FindFirstValue("iss") ?? onderwerp.Issuer,
            onderwerp.Value,
            principal.FindFirstValue(idp.NaamClaim),
            principal.FindFirstValue(idp.GebruikersnaamClaim),
            [.. principal.FindAll(idp.GroepClaim).Select(c => c.Value)]);
        var (uitkomst, gebruiker) = await services.GetRequiredService<ExterneAccounts>().AanmeldenAsync(wie);
        if (uitkomst != ExterneUitkomst.Gelukt)
        {
            var logger = Aanmeldgebeurtenissen.Logger(context.HttpContext);
            services.GetRequiredService<Telemetrie.Meetpunten>().InloggenMisluktOm(
                uitkomst == ExterneUitkomst.GeenGroep ? "idp-geen-groep" : "idp-uitgeschakeld");
            if (uitkomst == ExterneUitkomst.GeenGroep)
            {
                Aanmeldgebeurtenissen.GeenGroep(logger);
            }
            else
            {
                Aanmeldgebeurtenissen.Uitgeschakeld(logger);
            }

            context.Response.Redirect(GeweigerdPad + (uitkomst == ExterneUitkomst.GeenGroep ? "?reden=geen-groep" : "?reden=uitgeschakeld"));
            context.HandleResponse();
            return;
        }

        Beveiligingsgebeurtenissen.Ingelogd(Aanmeldgebeurtenissen.Logger(context.HttpContext), gebruiker!.Id);
        context.Principal = Claims.VanGebruiker(
            gebruiker, services.GetRequiredService<TimeProvider>().GetUtcNow(), CookieAuthenticationDefaults.AuthenticationScheme,
            services.GetRequiredService<ModuleRegistry>());
    }

    // The provider's answer arrives cross-site (its form post), and a browser does not send the SameSite=Strict session
    // cookie on a redirect in a chain that began on another site: a plain redirect would land on the sign-in page again.
    // So the cookie is set here and the browser goes on from a page of our own, a navigation of this site.
    private static async Task VerderAsync(TicketReceivedContext context)
    {
        await context.HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, context.Principal!, context.Properties);
        var doel = context.ReturnUri is { } uri && uri.StartsWith('/') && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal)
            ? uri
            : "/";
        var adres = HtmlEncoder.Default.Encode(doel);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(
            $"""
            <!doctype html>
            <html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={adres}"><title>Ingelogd</title></head>
            <body><p>U bent ingelogd. <a href="{adres}">Verder</a></p></body></html>
            """);
        context.HandleResponse();
    }

    private static void Jwt(JwtBearerOptions options, JwtInstellingen jwt)
    {
        options.Authority = jwt.Authority;
        options.Audience = jwt.Audience;
        options.RequireHttpsMetadata = jwt.VereisHttps;
        options.MapInboundClaims = false;
        options.TokenValidationParameters.ValidateAudience = true;
        options.TokenValidationParameters.ValidateIssuer = true;
        options.TokenValidationParameters.ValidateLifetime = true;
        options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(jwt.KlokspelingSeconden);
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var principal = context.Principal!;
                var clientId = jwt.ClientClaimsOfStandaard.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrEmpty(v));
                if (clientId is null || !jwt.Clients.TryGetValue(clientId, out var client))
                {
                    Aanmeldgebeurtenissen.OnbekendeClient(Aanmeldgebeurtenissen.Logger(context.HttpContext), clientId ?? "(geen)");
                    context.Fail("Deze client is hier niet ingesteld.");
                    return Task.CompletedTask;
                }

                var modules = context.HttpContext.RequestServices.GetRequiredService<ModuleRegistry>();
                context.Principal = Claims.VanApiClient(
                    new ApiClient(ClientGuid(jwt.Authority!, clientId), client.Naam ?? clientId, "oauth", Scopes(principal, client, modules), client.Organisatie, DateTimeOffset.UnixEpoch, null),
                    JwtSchema, modules);
                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                Aanmeldgebeurtenissen.TokenGeweigerd(Aanmeldgebeurtenissen.Logger(context.HttpContext), context.Exception.GetType().Name);
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>
    /// The client's configured scopes; when the token names scopes of ours too, only those of them (a client can ask
    /// the provider for less than it may, never for more).
    /// </summary>
    private static string[] Scopes(ClaimsPrincipal principal, JwtClient client, ModuleRegistry modules)
    {
        var gevraagd = principal.FindAll("scope").Concat(principal.FindAll("scp"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        return gevraagd.Overlaps(modules.Scopes) ? [.. client.Scopes.Where(gevraagd.Contains)] : client.Scopes;
    }

    /// <summary>A client's stable id here (the audit log's actor id, the rate limit's bucket), from provider and client id.</summary>
    private static Guid ClientGuid(string authority, string clientId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("oauth-client\n" + authority + "\n" + clientId))[..16]);
}
