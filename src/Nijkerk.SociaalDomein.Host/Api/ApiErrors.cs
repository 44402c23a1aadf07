using Nijkerk.SociaalDomein.Host.Beveiliging;

namespace Nijkerk.SociaalDomein.Host.Api;

internal static class ApiErrors
{
    /// <summary>
    /// Exceptions become problem+json on the API and the Dutch error page elsewhere; empty error responses
    /// (a 404 or 405 from routing) get a problem body too.
    /// </summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseBeveiligingsHeaders();
        app.UseExceptionHandler("/fout");
        app.UseStatusCodePages();
        app.UseEmptyBodyAsJson();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
