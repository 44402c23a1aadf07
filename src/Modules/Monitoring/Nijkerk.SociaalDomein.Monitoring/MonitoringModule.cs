using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Monitoring.Herbouw;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;
using Nijkerk.SociaalDomein.Monitoring.Knelpunten;

namespace Nijkerk.SociaalDomein.Monitoring;

/// <summary>
/// The Monitoring module, in schema <c>monitoring</c>: counts and durations per day and dimension, built only from the
/// other modules' events, without a person in them; and the knelpunten the loket reports to beleid. It raises no events.
/// </summary>
public sealed class MonitoringModule : IModule
{
    public string Name => "Monitoring";

    public string Schema => "monitoring";

    // Teamleider / beleid sees monitoring and nothing of a person (domain.md, Roles); a key with monitoring:lezen reads
    // the kerncijfers and nothing else. The loket reports knelpunten; rebuilding is the functioneel beheerder's.
    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        new(MonitoringRechten.Lezen, [Rollen.Beleid], IsScope: true),
        new(MonitoringRechten.KnelpuntMelden, [Rollen.Loketmedewerker], IsScope: true),
        new(MonitoringRechten.KnelpuntenBehandelen, [Rollen.Beleid], IsScope: false),
        new(MonitoringRechten.Herbouwen, [Rollen.FunctioneelBeheerder], IsScope: false),
    ];

    public IReadOnlyList<string> EigenDoelen => [MonitoringDoelen.Monitoring, BuildingBlocks.Bewaring.BewaringDoelen.Bewaartermijn, BuildingBlocks.Bewaring.BewaringDoelen.Vernietiging];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/knelpunten/nieuw", "Knelpunt melden", MonitoringRechten.KnelpuntMelden),
        new("/knelpunten", "Knelpunten", MonitoringRechten.KnelpuntenBehandelen),
        new("/monitoring", "Monitoring", MonitoringRechten.Lezen),
    ];

    public IReadOnlyList<ApiTag> ApiTags =>
        [new("Monitoring", "Kerncijfers van het sociaal domein zonder persoonsgegevens: kleine aantallen onderdrukt; en knelpunten voor beleid.")];

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanMonitoring(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanMonitoring(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanMonitoring(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var pseudoniem = Pseudoniem.Uit(configuration[Pseudoniem.Instelling]);
        services.AddSingleton(pseudoniem);
        services.AddScoped<Boekhouding>();
        services.AddSingleton(Onderdrukking.Uit(configuration[Onderdrukking.Instelling]));
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        HerbouwMonitoring.Map(api);
        GeefKerncijfers.Map(api);
        MeldKnelpunt.Map(api);
        MeldKnelpuntOpnieuw.Map(api);
        ZoekKnelpunten.Map(api);
        GeefKnelpunt.Map(api);
        BehandelKnelpunt.Map(api);
    }
}
