using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

internal static class Verzoekgrootte
{
    /// <summary>
    /// Refuses a request body over the limit (Requests:MaxBytes, default 1 MB) with 413 before anything reads it:
    /// by its Content-Length where it says one, and by the server's own limit where it streams without one.
    /// An endpoint that takes whole files says its own limit with <see cref="IRequestSizeLimitMetadata"/>
    /// (e.g. <c>[RequestSizeLimit]</c>), so this runs after routing.
    /// </summary>
    public static IApplicationBuilder UseVerzoekgrootte(this IApplicationBuilder app, IConfiguration configuration)
    {
        var standaard = configuration.GetValue<long>("Requests:MaxBytes", 1_000_000);
        return app.Use((context, next) =>
        {
            var maximum = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? standaard;
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
