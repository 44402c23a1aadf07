using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Nijkerk.SociaalDomein.Host.Api;
using Nijkerk.SociaalDomein.Host.Toegang;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

/// <summary>
/// Limits that blunt password guessing and runaway integrations, per minute and from configuration (RateLimits:*):
/// sign-in attempts per address; unknown API keys per address, checked before a key is looked up, so guessing keys
/// costs no database reads and random keys do not each get a bucket of their own; and API calls per resolved
/// client (the key's client or the signed-in user, else the address). The address is the real client's: the
/// forwarded headers of a known proxy have been applied before (ADR 0017). A refusal is a 429 problem+json on the
/// API and a short Dutch page elsewhere, and a security event in the log.
/// </summary>
internal static class Snelheidslimieten
{
    public const string Inloggen = "inloggen";

    public static IServiceCollection AddSnelheidslimieten(this IServiceCollection services, IConfiguration configuration)
    {
        var inloggenPerMinuut = configuration.GetValue("RateLimits:InloggenPerMinuut", 10);
        var apiPerMinuut = configuration.GetValue("RateLimits:ApiPerMinuut", 600);
        services.AddSingleton(new OnbekendeSleutels(configuration.GetValue("RateLimits:OnbekendeSleutelsPerMinuut", 20)));
        services.AddRateLimiter(options =>
        {
            // Attempts count, not visits to the sign-in page.
            options.AddPolicy(Inloggen, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "inloggen:" + Adres(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = inloggenPerMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("inloggen-bekijken"));
            // After authentication: whatever key or cookie was sent, the bucket is the client it resolved to.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments(ApiVersion.BasePath)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.User.Identity?.IsAuthenticated == true
                            ? "api:client:" + context.User.FindFirstValue(ClaimTypes.NameIdentifier)
                            : "api:adres:" + Adres(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (context, cancellationToken) =>
            {
                var logger = Beveiligingsgebeurtenissen.Logger(context.HttpContext.RequestServices);
                if (context.HttpContext.Request.Path.StartsWithSegments(ApiVersion.BasePath))
                {
                    Beveiligingsgebeurtenissen.ApiTeVaak(logger, "te veel verzoeken van één client");
                }
                else
                {
                    Beveiligingsgebeurtenissen.InloggenTeVaak(logger);
                }

                return WeigerAsync(context.HttpContext, cancellationToken);
            };
        });
        return services;
    }

    /// <summary>
    /// Before authentication: an address that sent too many unknown keys this minute gets a 429 for every key it
    /// sends, without a lookup. A known key from another address is not affected.
    /// </summary>
    public static IApplicationBuilder UseOnbekendeSleutelLimiet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ApiVersion.BasePath)
                && context.Request.Headers.ContainsKey(ApiSleutelHandler.Header)
                && context.RequestServices.GetRequiredService<OnbekendeSleutels>().IsOp(Adres(context)))
            {
                Beveiligingsgebeurtenissen.ApiTeVaak(Beveiligingsgebeurtenissen.Logger(context.RequestServices), "te veel onbekende API-sleutels vanaf één adres");
                await WeigerAsync(context, context.RequestAborted);
                return;
            }

            await next(context);
        });

    /// <summary>The client's address as the host sees it after the forwarded headers of a known proxy.</summary>
    public static string Adres(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";

    private static async ValueTask WeigerAsync(HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        if (http.Request.Path.StartsWithSegments(ApiVersion.BasePath))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Te veel verzoeken",
                    Detail = "U heeft de API te vaak aangeroepen. Probeer het over een minuut opnieuw.",
                },
            });
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync("Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.", cancellationToken);
    }
}

/// <summary>Counts unknown API keys per client address, in windows of a minute.</summary>
public sealed class OnbekendeSleutels(int perMinuut) : IDisposable
{
    private static readonly TimeSpan Venster = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(adres =>
        RateLimitPartition.GetFixedWindowLimiter(adres, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinuut,
            Window = Venster,
            QueueLimit = 0,
        }));

    // When each address last sent an unknown key. The limiter answers under one lock for all addresses, which every API
    // request waited for (ADR 0024); an address that sent none within a window (its permits are back) is not asked.
    private readonly ConcurrentDictionary<string, long> laatste = new();

    /// <summary>Whether this address has used up its unknown keys for this minute.</summary>
    public bool IsOp(string adres)
    {
        if (!laatste.TryGetValue(adres, out var op))
        {
            return false;
        }

        if (Environment.TickCount64 - op > Venster.TotalMilliseconds)
        {
            laatste.TryRemove(KeyValuePair.Create(adres, op));
            return false;
        }

        return limiter.GetStatistics(adres)?.CurrentAvailablePermits <= 0;
    }

    public void Tel(string adres)
    {
        var nu = Environment.TickCount64;
        laatste[adres] = nu;
        limiter.AttemptAcquire(adres).Dispose();
        if (laatste.Count > 10_000)
        {
            // Addresses that never came back: forgotten once their window is over, so guessing from many addresses
            // cannot grow this without bound.
            foreach (var (oud, tijd) in laatste)
            {
                if (nu - tijd > Venster.TotalMilliseconds)
                {
                    laatste.TryRemove(KeyValuePair.Create(oud, tijd));
                }
            }
        }
    }

    public void Dispose() => limiter.Dispose();
}
