using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie;

/// <summary>The Regie module. It owns schema <c>regie</c>; its slices come with their own issue.</summary>
public sealed class RegieModule : IModule
{
    public string Name => "Regie";

    public string Schema => "regie";

    // At first contact the loket sees the plan and who the aanspreekpunt is; regisseur and ijsbreker get theirs with the slices.
    public IReadOnlyList<ModuleRecht> EigenRechten => [new(RegieRechten.PlannenLezen, [Rollen.Loketmedewerker], IsScope: true)];

    public IReadOnlyList<string> EigenDoelen => [RegieDoelen.Regie];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
