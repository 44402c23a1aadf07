using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.__Module__;

/// <summary>The __Module__ module. It owns schema <c>__schema__</c> and nothing else.</summary>
public sealed class __Module__Module : IModule
{
    public string Name => "__Module__";

    public string Schema => "__schema__";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
