using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>The Overdracht module. It owns schema <c>overdracht</c>; its slices come with their own issue.</summary>
public sealed class OverdrachtModule : IModule
{
    public string Name => "Overdracht";

    public string Schema => "overdracht";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
