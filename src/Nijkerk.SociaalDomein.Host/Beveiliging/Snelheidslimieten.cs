using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Nijkerk.SociaalDomein.Host.Api;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

/// <summary>
/// Limits that blunt password guessing and runaway integrations: sign-in attempts per address, API calls per
/// client (API key, user, or else address). Both per minute, from configuration (RateLimits:*). A refusal is a
/// 429 problem+json on the API and a short Dutch page elsewhere.
/// </summary>
internal static class Snelheidslimieten
{
    public const string Inloggen = "inloggen";

    public static IServiceCollection AddSnelheidslimieten(this IServiceCollection services, IConfiguration configuration)
    {
        var inloggenPerMinuut = configuration.GetValue("RateLimits:InloggenPerMinuut", 10);
        var apiPerMinuut = configuration.GetValue("RateLimits:ApiPerMinuut", 600);
        services.AddRateLimiter(options =>
        {
            // Attempts count, not visits to the sign-in page.
            options.AddPolicy(Inloggen, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "inloggen:" + context.Connection.RemoteIpAddress,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = inloggenPerMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("inloggen-bekijken"));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments(ApiVersion.BasePath)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        "api:" + (context.Request.Headers[Toegang.ApiSleutelHandler.Header].FirstOrDefault() is { } sleutel
                            ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sleutel)))
                            : context.Connection.RemoteIpAddress?.ToString()),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = WeigerAsync;
        });
        return services;
    }

    private static async ValueTask WeigerAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
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
