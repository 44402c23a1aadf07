namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>The version of the REST API; the full SemVer goes in every response's API-Version header.</summary>
internal static class ApiVersion
{
    public const string Full = "1.0.0";
    public const string BasePath = "/api/v1";
    public const string Header = "API-Version";

    /// <summary>
    /// API-Version on every response, and on API responses the security headers the API Design Rules ask,
    /// set as the response starts so error responses from the exception handler carry them too.
    /// </summary>
    public static IApplicationBuilder UseApiHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Decided now: by the time the response starts, the exception handler may have re-pointed the path.
            var isApi = context.Request.Path.StartsWithSegments(BasePath);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[Header] = Full;
                if (isApi)
                {
                    headers.CacheControl = "no-store";
                    headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
