using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>The Overdracht module. It owns schema <c>overdracht</c>; its slices come with their own issue.</summary>
public sealed class OverdrachtModule : IModule
{
    public string Name => "Overdracht";

    public string Schema => "overdracht";

    // At first contact the loket sees which overdrachten are open; the vakspecialist gets its rights with the slices.
    public IReadOnlyList<ModuleRecht> EigenRechten => [new(OverdrachtRechten.Lezen, [Rollen.Loketmedewerker], IsScope: true, VoorPartners: true)];

    public IReadOnlyList<string> EigenDoelen => [OverdrachtDoelen.Overdracht];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
