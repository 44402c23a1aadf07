using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Api;

internal static class ApiEndpoints
{
    public const string OpenApiCors = "openapi";

    private static readonly Dictionary<int, string> DutchTitles = new()
    {
        [StatusCodes.Status400BadRequest] = "Ongeldig verzoek",
        [StatusCodes.Status401Unauthorized] = "Niet aangemeld",
        [StatusCodes.Status403Forbidden] = "Geen toegang",
        [StatusCodes.Status404NotFound] = "Niet gevonden",
        [StatusCodes.Status405MethodNotAllowed] = "Methode niet toegestaan",
        [StatusCodes.Status409Conflict] = "Conflict",
        [StatusCodes.Status412PreconditionFailed] = "Intussen gewijzigd",
        [StatusCodes.Status428PreconditionRequired] = "Versie ontbreekt",
        [StatusCodes.Status413PayloadTooLarge] = "Verzoek te groot",
        [StatusCodes.Status415UnsupportedMediaType] = "Niet ondersteund mediatype",
        [StatusCodes.Status429TooManyRequests] = "Te veel verzoeken",
        [StatusCodes.Status500InternalServerError] = "Interne fout",
    };

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Routing and status code pages answer with English reason phrases; the API speaks Dutch.
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            if (DutchTitles.TryGetValue(status, out var title) && context.ProblemDetails.Title == ReasonPhrases.GetReasonPhrase(status))
            {
                context.ProblemDetails.Title = title;
            }
        });
        services.AddProbleemUitleg();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // A binding failure (malformed JSON, a wrong type) throws, so the exception handler answers it as problem+json.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddCors(options => options.AddPolicy(OpenApiCors, policy => policy.AllowAnyOrigin().WithMethods("GET")));
        services.AddOpenApiDocument();
        return services;
    }

    /// <summary>The explorer is a view of the public OpenAPI document, so it is served before sign-in is asked.</summary>
    public static void UseApiExplorerPage(this WebApplication app) =>
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api/v1/docs";
            options.SwaggerEndpoint("/api/v1/openapi.json", "Sociaal Domein API v1");
            options.DocumentTitle = "Sociaal Domein API";
        });

    public static void MapApi(this WebApplication app, IEnumerable<IModule> modules)
    {
        app.MapOpenApi(ApiVersion.BasePath + "/openapi.json").RequireCors(OpenApiCors).AllowAnonymous();

        var api = app.MapGroup(ApiVersion.BasePath);
        foreach (var module in modules)
        {
            module.MapEndpoints(api);
        }
    }
}
