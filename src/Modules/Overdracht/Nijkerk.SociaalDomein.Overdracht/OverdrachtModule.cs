using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Teams;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// The Overdracht module, in schema <c>overdracht</c>: the teams and the routing table (which team or partner carries
/// each expertise); the overdrachten themselves come with their own issue.
/// </summary>
public sealed class OverdrachtModule : IModule
{
    public string Name => "Overdracht";

    public string Schema => "overdracht";

    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        // At first contact the loket sees which overdrachten are open; the vakspecialist gets its rights with the slices.
        new(OverdrachtRechten.Lezen, [Rollen.Loketmedewerker], IsScope: true, VoorPartners: true),
        // Staff only: where handovers go is decided by the municipality, not by a system.
        new(OverdrachtRechten.RouteringBeheren, [Rollen.FunctioneelBeheerder], IsScope: false),
    ];

    public IReadOnlyList<string> EigenDoelen => [OverdrachtDoelen.Overdracht, OverdrachtDoelen.Routering];

    public IReadOnlyList<NavigatieItem> Navigatie =>
        [new("/beheer/routering", "Routering naar teams", OverdrachtRechten.RouteringBeheren, NavigatieGroep.Beheer)];

    public IReadOnlyList<ApiTag> ApiTags =>
        [new("Overdracht", "De warme overdracht aan het team of de partner waar de hulpvraag thuishoort, en de teams met hun expertises.")];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => GeefTeamsHandler.Map(api);
}
