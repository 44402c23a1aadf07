using Nijkerk.SociaalDomein.Host.Api;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

internal static class BeveiligingsHeaders
{
    // No inline script or style anywhere: every script and stylesheet is a file of this site.
    private const string PaginaBeleid =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// API-Version on every response; no sniffing, no framing, no referrer and no caching of what may hold personal
    /// data; the content security policy for pages, and the API Design Rules' own policy for the API. Set as the
    /// response starts, and decided on the path as it came in (the exception handler re-points it).
    /// </summary>
    public static IApplicationBuilder UseBeveiligingsHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var isApi = context.Request.Path.StartsWithSegments(ApiVersion.BasePath);
            var isDocs = context.Request.Path.StartsWithSegments(ApiVersion.BasePath + "/docs");
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[ApiVersion.Header] = ApiVersion.Full;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/css"))
                {
                    headers.CacheControl = "no-store";
                }

                // The API explorer is a third-party page with inline script; it shows only the public document.
                if (!isDocs)
                {
                    headers.ContentSecurityPolicy = isApi ? "frame-ancestors 'none'" : PaginaBeleid;
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
