using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Herroutering;
using Nijkerk.SociaalDomein.Overdracht.Overdrachten;
using Nijkerk.SociaalDomein.Overdracht.Teams;
using Nijkerk.SociaalDomein.Overdracht.Termijnen;
using Nijkerk.SociaalDomein.Overdracht.Terugkoppeling;
using Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// The Overdracht module, in schema <c>overdracht</c>: the teams and the routing table (which team or partner carries
/// each expertise), the overdrachten with their steps and terms, and the inwoner's toestemmingen for external partners.
/// </summary>
public sealed class OverdrachtModule : IModule
{
    public string Name => "Overdracht";

    public string Schema => "overdracht";

    // Functiescheiding (domain.md, Roles): the loket reads every overdracht at first contact and routes anew; the
    // vakspecialist and the teamleider read their own teams' (the slices filter by the actor's teams); a partner's key
    // reads, accepts and reports back on what is addressed to its organisation (row-level security).
    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        new(OverdrachtRechten.Lezen, [Rollen.Loketmedewerker, Rollen.Vakspecialist, Rollen.Regisseur], IsScope: true, VoorPartners: true),
        // Staff only: the teamleider's escalations name no person, so he reads them without reading any overdracht.
        new(OverdrachtRechten.EscalatiesLezen, [Rollen.Beleid], IsScope: false),
        new(OverdrachtRechten.Behandelen, [Rollen.Vakspecialist], IsScope: true, VoorPartners: true),
        new(OverdrachtRechten.Terugkoppelen, [Rollen.Vakspecialist], IsScope: true, VoorPartners: true),
        new(OverdrachtRechten.Routeren, [Rollen.Loketmedewerker], IsScope: true),
        new(OverdrachtRechten.ToestemmingenBeheren, [Rollen.Loketmedewerker], IsScope: true),
        new(OverdrachtRechten.ToestemmingenLezen, [Rollen.Loketmedewerker, Rollen.Vakspecialist], IsScope: true),
        // Staff only: where handovers go, and how long a team has, is decided by the municipality, not by a system.
        new(OverdrachtRechten.RouteringBeheren, [Rollen.FunctioneelBeheerder], IsScope: false),
        new(OverdrachtRechten.TermijnenBeheren, [Rollen.FunctioneelBeheerder], IsScope: false),
    ];

    public IReadOnlyList<string> EigenDoelen => [OverdrachtDoelen.Overdracht, OverdrachtDoelen.Routering, OverdrachtDoelen.Termijnen, InzageDoelen.Inzage, BuildingBlocks.Bewaring.BewaringDoelen.Bewaartermijn, BuildingBlocks.Bewaring.BewaringDoelen.Vernietiging];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/overdrachten", "Overdrachten", OverdrachtRechten.Lezen),
        new("/overdrachten/mijn-inwoners", "Mijn inwoners", OverdrachtRechten.Behandelen),
        new("/overdrachten/verlopen", "Verlopen overdrachten", OverdrachtRechten.EscalatiesLezen),
        new("/beheer/routering", "Routering naar teams", OverdrachtRechten.RouteringBeheren, NavigatieGroep.Beheer),
        new("/beheer/termijnen", "Termijnen en sluitingsdagen", OverdrachtRechten.TermijnenBeheren, NavigatieGroep.Beheer),
    ];

    public IReadOnlyList<ApiTag> ApiTags =>
        [new("Overdracht", "De warme overdracht aan het team of de partner waar de hulpvraag thuishoort, en de teams met hun expertises.")];

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanOverdracht(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanOverdracht(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanOverdracht(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHostedService<Termijnbewaking>();

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        GeefTeamsHandler.Map(api);
        LegToestemmingVast.Map(api);
        GeefToestemmingen.Map(api);
        TrekToestemmingIn.Map(api);
        KoppelResultaatTerug.Map(api);
        HeropenOverdracht.Map(api);
        RouteerOverdrachtOpnieuw.Map(api);
        ZoekOverdrachten.Map(api);
        GeefOverdracht.Map(api);
        AccepteerOverdracht.Map(api);
        LegOverdrachtTerug.Map(api);
    }
}
