using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Api;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

/// <summary>
/// Logs the API's refusals as security events once the status is final (after the exception handler made its
/// problem+json): 401, 403, and a partner's 404 on an id that belongs to another organisation. By route template
/// (<c>/api/v1/aanmeldingen/{id}</c>), never the path with its ids.
/// </summary>
internal static class ApiWeigeringen
{
    /// <summary>Outside the exception handler, so it sees the status the client gets.</summary>
    public static IApplicationBuilder UseApiWeigeringen(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(ApiVersion.BasePath))
            {
                await next(context);
                return;
            }

            var verzoek = new Verzoek();
            context.Features.Set(verzoek);
            await next(context);
            await LogAsync(context, verzoek);
        });

    /// <summary>After routing: the endpoint and its id, which the exception handler clears before the status is known.</summary>
    public static IApplicationBuilder UseApiRoute(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Features.Get<Verzoek>() is { } verzoek)
            {
                verzoek.Route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                verzoek.Id = Guid.TryParse(context.Request.RouteValues["id"]?.ToString(), out var id) ? id : null;
            }

            return next(context);
        });

    private static async Task LogAsync(HttpContext context, Verzoek verzoek)
    {
        var status = context.Response.StatusCode;
        if (status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound))
        {
            return;
        }

        var logger = Beveiligingsgebeurtenissen.Logger(context.RequestServices);
        var route = verzoek.Route ?? "(geen route)";
        var actor = context.RequestServices.GetRequiredService<ActorContext>().Huidig;
        switch (status)
        {
            case StatusCodes.Status401Unauthorized:
                Beveiligingsgebeurtenissen.ApiNietAangemeld(logger, context.Request.Method, route);
                break;
            case StatusCodes.Status403Forbidden:
                Beveiligingsgebeurtenissen.ApiGeenRecht(logger, context.Request.Method, route, actor.Soort.ToString(), actor.Id);
                break;
            case StatusCodes.Status404NotFound when actor is { Soort: ActorSoort.ApiClient, Organisatie: { } organisatie } && verzoek.Id is { } id:
                try
                {
                    if (await context.RequestServices.GetRequiredService<IMediator>().Send(new IsAanmeldingVanAndereOrganisatie(id, organisatie), CancellationToken.None))
                    {
                        Beveiligingsgebeurtenissen.PartnerZoektBijAndereOrganisatie(logger, actor.Id, organisatie, context.Request.Method, route);
                    }
                }
                catch (Exception fout) when (fout is not OperationCanceledException)
                {
                    // The client has its answer already; a failing check must not turn it into an error.
                    logger.LogError(fout, "Controle op een partner die ids van een andere organisatie probeert mislukt.");
                }

                break;
        }
    }

    private sealed class Verzoek
    {
        public string? Route { get; set; }

        public Guid? Id { get; set; }
    }
}
