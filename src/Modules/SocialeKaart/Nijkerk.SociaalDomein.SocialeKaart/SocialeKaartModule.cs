using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.SocialeKaart;

/// <summary>The Sociale kaart module. It owns schema <c>sociale_kaart</c>; its slices come with their own issue.</summary>
public sealed class SocialeKaartModule : IModule
{
    public string Name => "SocialeKaart";

    public string Schema => "sociale_kaart";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
