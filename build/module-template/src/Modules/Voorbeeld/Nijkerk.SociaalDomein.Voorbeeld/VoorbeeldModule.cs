using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Voorbeeld.Items;

namespace Nijkerk.SociaalDomein.Voorbeeld;

/// <summary>The Voorbeeld module. It owns schema <c>__schema__</c> and nothing else.</summary>
public sealed class VoorbeeldModule : IModule
{
    public string Name => "Voorbeeld";

    public string Schema => "__schema__";

    // Which roles get the module's rights is the module's to say; a scope lets an API key carry the right too.
    public IReadOnlyList<ModuleRecht> EigenRechten => [new(VoorbeeldRechten.Lezen, [Rollen.Loketmedewerker], IsScope: true)];

    public IReadOnlyList<string> EigenDoelen => [VoorbeeldDoelen.Voorbeeld];

    public IReadOnlyList<NavigatieItem> Navigatie => [new("/__schema__", "Voorbeeld", VoorbeeldRechten.Lezen)];

    public IReadOnlyList<ApiTag> ApiTags => [new("Voorbeeld", "Beschrijf hier in een zin waar deze module over gaat.")];

    // Inzage (AVG art. 15): what the module holds on an inwoner, answered by its own handler (Inzage/GeefPersoonsgegevens.cs).
    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanVoorbeeld(inwonerIds);

    // Bewaartermijnen and vernietiging: the parts it holds per inwoner and their closing dates, and destroying them
    // after an approved vernietigingslijst, each answered by its own handler (Bewaring/).
    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanVoorbeeld(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanVoorbeeld(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => GeefItems.Map(api);
}
