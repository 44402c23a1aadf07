using Microsoft.AspNetCore.DataProtection.Repositories;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// Staff accounts, API clients and Data Protection keys, in schema <c>toegang</c>. Cross-cutting and part of the
/// host, not a domain module, but it owns its schema and connects as its own role like the modules do.
/// </summary>
public sealed class ToegangModule : IModule
{
    public string Name => "Toegang";

    public string Schema => "toegang";

    /// <summary>
    /// What belongs to no domain module: beheer and the audit log are for staff only, never an API scope, and
    /// reference data every signed-in actor reads without being given it (Actor.Mag).
    /// </summary>
    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        new(Rechten.ReferentiegegevensLezen, [], IsScope: false),
        new(Rechten.Beheer, [Rollen.FunctioneelBeheerder], IsScope: false),
        new(Rechten.VerwerkingenLezen, [Rollen.FunctioneelBeheerder], IsScope: false),
        new(Rechten.GebeurtenissenBeheren, [Rollen.FunctioneelBeheerder], IsScope: false),
        // An inzage (AVG art. 15) shows everything of a person, the BSN too: for the beheerder who handles the request (ADR 0029).
        new(Rechten.PersoonsgegevensInzien, [Rollen.FunctioneelBeheerder], IsScope: false),
    ];

    public IReadOnlyList<string> EigenDoelen => [Doelen.Toegangsbeheer, Doelen.Toezicht, Doelen.Storingen, InzageDoelen.Inzage];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/beheer/gebruikers", "Medewerkers", Rechten.Beheer, NavigatieGroep.Beheer),
        new("/beheer/api-sleutels", "API-sleutels", Rechten.Beheer, NavigatieGroep.Beheer),
        new("/beheer/verwerkingen", "Verwerkingen", Rechten.VerwerkingenLezen, NavigatieGroep.Beheer),
        new("/beheer/gebeurtenissen", "Gebeurtenissen", Rechten.GebeurtenissenBeheren, NavigatieGroep.Beheer),
    ];

    public IReadOnlyList<ApiTag> ApiTags =>
    [
        new("Verwerkingen", "De verwerkingenlogging: wie las of schreef gegevens van een inwoner, en waarvoor."),
        new("Inzage", "Inzage voor de inwoner (AVG artikel 15): alles wat het systeem over hem bewaart, per module, met de verwerkingen."),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<InlogDienst>();
        // InlogDienst counts refused sign-ins: the meter (with the gauges' reading) is registered here, so it is there
        // wherever Toegang is composed (the host, a slice test), whether or not telemetry is exported (ADR 0027).
        services.AddMetrics();
        services.AddSingleton<Telemetrie.Peiling>();
        services.AddSingleton<Telemetrie.Meetpunten>();
        services.AddScoped<ApiSleutels>();
        services.AddSingleton<Toegangsgeheugen>();
        services.AddHostedService<ToegangLuisteraar>();
        services.AddSingleton<IXmlRepository, DataProtectionSleutels>();
        services.AddScoped<IDemoData, ToegangDemoData>();
        services.AddSingleton(Aanmelden.AanmeldenInstellingen.Lees(configuration));
        services.AddScoped<Aanmelden.ExterneAccounts>();
    }

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Inzage.GeefPersoonsgegevensVanToegang(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Inzage.GeefBewaarstandVanToegang(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Inzage.VernietigPersoonsgegevensVanToegang(inwonerIds);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        Verwerkingen.ZoekVerwerkingen.Map(api);
        Host.Inzage.GeefInzage.Map(api);
    }
}
