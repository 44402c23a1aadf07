namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// A problem the framework writes for a bare status (a 401 or 403 from sign-in, a 404 or 405 from routing) has no
/// <c>detail</c>; the document promises one on every problem, so it gets a Dutch explanation here.
/// </summary>
internal static class ProbleemUitleg
{
    private static readonly Dictionary<int, string> Uitleg = new()
    {
        [StatusCodes.Status401Unauthorized] = "Stuur een geldige API-sleutel in de kop X-Api-Key.",
        [StatusCodes.Status403Forbidden] = "Uw sleutel heeft niet de scope voor deze handeling.",
        [StatusCodes.Status404NotFound] = "Dit adres bestaat niet in de API.",
        [StatusCodes.Status405MethodNotAllowed] = "Deze methode kan niet op dit adres.",
        [StatusCodes.Status429TooManyRequests] = "Te veel verzoeken; probeer het over een minuut opnieuw.",
    };

    public static IServiceCollection AddProbleemUitleg(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var eerder = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                eerder?.Invoke(context);
                var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
                if (string.IsNullOrEmpty(context.ProblemDetails.Detail))
                {
                    context.ProblemDetails.Detail = Uitleg.GetValueOrDefault(status, context.ProblemDetails.Title ?? "Het verzoek is niet uitgevoerd.");
                }
            };
        });
}
