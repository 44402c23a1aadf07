using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering;

/// <summary>Vraagverheldering: the broad conversation across all leefgebieden, in schema <c>vraagverheldering</c>.</summary>
public sealed class VraagverhelderingModule : IModule
{
    public string Name => "Vraagverheldering";

    public string Schema => "vraagverheldering";

    // At first contact the loket sees which vraagverhelderingen are open.
    public IReadOnlyList<ModuleRecht> EigenRechten => [new(VraagverhelderingRechten.Lezen, [Rollen.Loketmedewerker], IsScope: true)];

    public IReadOnlyList<string> EigenDoelen => [VraagverhelderingDoelen.Vraagverheldering];

    public IReadOnlyList<NavigatieItem> Navigatie => [new("/vraagverhelderingen", "Vraagverheldering", VraagverhelderingRechten.Lezen)];

    public IReadOnlyList<ApiTag> ApiTags => [new("Vraagverheldering", "Het brede gesprek over alle leefgebieden.")];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ZoekVraagverhelderingen.Map(api);
        GeefLeefgebiedenHandler.Map(api);
    }
}
