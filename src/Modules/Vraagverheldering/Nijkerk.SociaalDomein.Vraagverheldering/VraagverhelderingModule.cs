using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering;

/// <summary>Vraagverheldering: the broad conversation across all leefgebieden, in schema <c>vraagverheldering</c>.</summary>
public sealed class VraagverhelderingModule : IModule
{
    public string Name => "Vraagverheldering";

    public string Schema => "vraagverheldering";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ZoekVraagverhelderingen.Map(api);
        GeefLeefgebiedenHandler.Map(api);
    }
}
