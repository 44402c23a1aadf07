using Microsoft.AspNetCore.Http.Features;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

internal static class Verzoekgrootte
{
    /// <summary>
    /// Refuses a request body over the limit (Requests:MaxBytes, default 1 MB) with 413 before anything reads it:
    /// by its Content-Length where it says one, and by the server's own limit where it streams without one.
    /// </summary>
    public static IApplicationBuilder UseVerzoekgrootte(this IApplicationBuilder app, IConfiguration configuration)
    {
        var maximum = configuration.GetValue<long>("Requests:MaxBytes", 1_000_000);
        return app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = maximum;
            }

            if (context.Request.ContentLength > maximum)
            {
                throw new BadHttpRequestException("Verzoek te groot.", StatusCodes.Status413PayloadTooLarge);
            }

            return next(context);
        });
    }
}
