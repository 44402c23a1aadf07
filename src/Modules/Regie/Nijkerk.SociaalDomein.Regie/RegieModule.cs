using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Regie;

/// <summary>The Regie module. It owns schema <c>regie</c>; its slices come with their own issue.</summary>
public sealed class RegieModule : IModule
{
    public string Name => "Regie";

    public string Schema => "regie";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
