using Microsoft.AspNetCore.Diagnostics;
using Nijkerk.SociaalDomein.Host.Beveiliging;

namespace Nijkerk.SociaalDomein.Host.Api;

internal static class ApiErrors
{
    /// <summary>
    /// Exceptions become problem+json on the API and the Dutch error page elsewhere; empty error responses
    /// (a 404 or 405 from routing) get a problem body too, except a page's 404, which is the Dutch "niet gevonden" page.
    /// </summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseBeveiligingsHeaders();
        app.UseExceptionHandler("/fout");
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = NietGevondenPagina(new StatusCodePagesOptions().HandleAsync) });
        app.UseEmptyBodyAsJson();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    // As UseStatusCodePagesWithReExecute does, but for a page's 404 only: the API's errors and a refused sign-in keep their status body.
    private static Func<StatusCodeContext, Task> NietGevondenPagina(Func<StatusCodeContext, Task> standaard) => async context =>
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status404NotFound || http.Request.Path.StartsWithSegments(ApiVersion.BasePath))
        {
            await standaard(context);
            return;
        }

        var (pad, query) = (http.Request.Path, http.Request.QueryString);
        http.Request.Path = "/niet-gevonden";
        http.Request.QueryString = QueryString.Empty;
        http.SetEndpoint(null);
        http.Request.RouteValues.Clear();
        try
        {
            await context.Next(http);
        }
        finally
        {
            http.Request.Path = pad;
            http.Request.QueryString = query;
        }
    };
}
