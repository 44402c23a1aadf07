namespace Nijkerk.SociaalDomein.Host.Api;

internal static class EmptyBody
{
    /// <summary>
    /// A POST, PUT or PATCH on the API with no body and no Content-Type is read as an empty JSON object, so the
    /// caller hears which fields are missing (400) rather than that the media type is wrong (415).
    /// </summary>
    public static IApplicationBuilder UseEmptyBodyAsJson(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments(ApiVersion.BasePath)
                && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
                && string.IsNullOrEmpty(request.ContentType)
                && request.ContentLength is null or 0
                && request.Headers.TransferEncoding.Count == 0)
            {
                request.ContentType = "application/json";
            }

            return next(context);
        });
}
