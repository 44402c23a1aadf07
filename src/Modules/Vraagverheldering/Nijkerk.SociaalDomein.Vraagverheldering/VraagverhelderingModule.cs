using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Vraagverheldering.Afronding;
using Nijkerk.SociaalDomein.Vraagverheldering.Expertises;
using Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;
using Nijkerk.SociaalDomein.Vraagverheldering.Hulpvragen;
using Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;
using Nijkerk.SociaalDomein.Vraagverheldering.Methoden;
using Nijkerk.SociaalDomein.Vraagverheldering.Samenvattingen;
using Nijkerk.SociaalDomein.Vraagverheldering.Uitnodigingen;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering;

/// <summary>Vraagverheldering: the broad conversation across all leefgebieden, in schema <c>vraagverheldering</c>.</summary>
public sealed class VraagverhelderingModule : IModule
{
    public string Name => "Vraagverheldering";

    public string Schema => "vraagverheldering";

    // The loketmedewerker does the vraagverheldering. The vakspecialist of a receiving team reads the samenvatting through
    // Overdracht, not the whole record, so he gets no right here. The methods are reference data the beheerder keeps.
    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        new(VraagverhelderingRechten.Lezen, [Rollen.Loketmedewerker], IsScope: true),
        new(VraagverhelderingRechten.Behandelen, [Rollen.Loketmedewerker], IsScope: true),
        new(VraagverhelderingRechten.MethodenBeheren, [Rollen.FunctioneelBeheerder], IsScope: true),
    ];

    public IReadOnlyList<string> EigenDoelen => [VraagverhelderingDoelen.Vraagverheldering, InzageDoelen.Inzage, BuildingBlocks.Bewaring.BewaringDoelen.Bewaartermijn, BuildingBlocks.Bewaring.BewaringDoelen.Vernietiging];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/vraagverhelderingen", "Vraagverheldering", VraagverhelderingRechten.Lezen),
        new("/beheer/methoden", "Methoden en leefgebieden", VraagverhelderingRechten.MethodenBeheren, NavigatieGroep.Beheer),
    ];

    public IReadOnlyList<ApiTag> ApiTags => [new("Vraagverheldering", "Het brede gesprek over alle leefgebieden.")];

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanVraagverheldering(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanVraagverheldering(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanVraagverheldering(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Leefgebiedengeheugen>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ZoekVraagverhelderingen.Map(api);
        GeefVraagverheldering.Map(api);
        NeemVraagverheldering.Map(api);
        PlanGesprek.Map(api);
        KiesMethode.Map(api);
        ScoorLeefgebied.Map(api);
        LegRolgesprekVast.Map(api);
        LegExpertisesVast.Map(api);
        StelSamenvattingVast.Map(api);
        RondVraagverhelderingAf.Map(api);
        GeefLeefgebiedenHandler.Map(api);
        GeefExpertises.Map(api);
        StelSamenstellingVoor.Map(api);
        GeefMethoden.Map(api);
        VoegMethodeToe.Map(api);
        WijzigLeefgebied.Map(api);
        LegVerzendingVast.Map(api);
    }
}
