using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Api;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// Who may in: staff by a sign-in cookie, systems by an API key, nobody anonymously except where an endpoint or
/// page says so (sign-in, health, the OpenAPI document). What each may do is the pipeline's check of [Vereist].
/// </summary>
internal static class ToegangSetup
{
    private const string Beleid = "Toegang";

    public static IServiceCollection AddToegang(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("nijkerk-sociaaldomein");
        services.AddOptions<KeyManagementOptions>().Configure<IXmlRepository>((options, repository) => options.XmlRepository = repository);

        services.AddAuthentication(Beleid)
            // A key opens the API only: on a page it is not even looked at, so a leaked key never drives the screens.
            .AddPolicyScheme(Beleid, "Cookie of API-sleutel", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiSleutelHandler.Header) && context.Request.Path.StartsWithSegments(ApiVersion.BasePath)
                    ? ApiSleutelHandler.SchemeNaam
                    : Aanmelden.AanmeldenSetup.TokenSchema(context) ?? CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiSleutelHandler>(ApiSleutelHandler.SchemeNaam, null)
            .AddCookie(options =>
            {
                options.Cookie.Name = "nsd-sessie";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                options.SlidingExpiration = true;
                options.LoginPath = "/inloggen";
                options.LogoutPath = "/uitloggen";
                options.AccessDeniedPath = "/geen-toegang";
                options.Events.OnRedirectToLogin = context => Weiger(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Weiger(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = VernieuwAsync;
                // A poll is no sign of a person at the screen: a page left open must still time out.
                options.Events.OnCheckSlidingExpiration = context =>
                {
                    if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<VerlengtSessieNietAttribute>() is not null)
                    {
                        context.ShouldRenew = false;
                    }

                    return Task.CompletedTask;
                };
            });

        services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        // A policy per right, for every right the running modules declare.
        services.AddOptions<AuthorizationOptions>().Configure<ModuleRegistry>((options, modules) =>
        {
            foreach (var recht in modules.Rechten)
            {
                options.AddPolicy(recht, policy => policy.RequireClaim(Claims.Recht, recht));
            }
        });
        return services;
    }

    /// <summary>Authentication, authorization, and the actor the pipeline checks, taken from whoever signed in.</summary>
    public static IApplicationBuilder UseToegang(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app.Use((context, next) =>
        {
            // Always set, also to nobody: the actor is what the database's row-level security is told for this request.
            context.RequestServices.GetRequiredService<ActorContext>().Huidig =
                context.User.Identity?.IsAuthenticated == true ? Claims.NaarActor(context.User) : Actor.Anoniem;
            return next(context);
        });
    }

    // The API answers 401/403 (problem+json from the status code pages); pages go to sign-in or "geen toegang".
    private static Task Weiger(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(ApiVersion.BasePath))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    // Every request reloads the account (from memory for a short while; every host forgets it the moment it changes,
    // see Toegangsgeheugen), so a deactivated account or changed roles take effect at once, and a cookie made before
    // the account signed out (an older session version) is refused on every host without a lookup of its own. However
    // active, a session ends a fixed number of hours after the password was typed (Inloggen:MaximaleSessieUren).
    private static async Task VernieuwAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var ingelogdOp = context.Principal is null ? null : Claims.IngelogdOpVan(context.Principal);
        var maximaal = TimeSpan.FromHours(services.GetRequiredService<IConfiguration>().GetValue("Inloggen:MaximaleSessieUren", 10));
        var gebruiker = Guid.TryParse(id, out var guid) && ingelogdOp + maximaal > context.Options.TimeProvider!.GetUtcNow()
            ? await services.GetRequiredService<InlogDienst>().GeefActiefAsync(guid)
            : null;
        if (gebruiker is null || gebruiker.Sessieversie != Claims.SessieversieVan(context.Principal!))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.ReplacePrincipal(Claims.VanGebruiker(
            gebruiker, ingelogdOp!.Value, CookieAuthenticationDefaults.AuthenticationScheme, services.GetRequiredService<ModuleRegistry>()));
    }
}
