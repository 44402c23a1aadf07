using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Bewaring.Bewaartermijnen;
using Nijkerk.SociaalDomein.Bewaring.Vernietiging;
using Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring;

/// <summary>
/// Bewaartermijnen and vernietiging (ADR 0030): the terms per bewaarcategorie, the daily job that proposes a
/// vernietigingslijst, its approval by the functioneel beheerder, its execution in every module and the verklaring van
/// vernietiging. It owns schema <c>bewaring</c>; it holds no data of inwoners beyond the ids a list needs until it ran.
/// </summary>
public sealed class BewaringModule : IModule
{
    public string Name => "Bewaring";

    public string Schema => "bewaring";

    // Staff only: the functioneel beheerder. No API key carries it.
    public IReadOnlyList<ModuleRecht> EigenRechten => [new(Rechten.BewaringBeheren, [Rollen.FunctioneelBeheerder], IsScope: false)];

    public IReadOnlyList<string> EigenDoelen => [BewaringDoelen.Bewaartermijn, BewaringDoelen.Vernietiging];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/beheer/bewaartermijnen", "Bewaartermijnen", Rechten.BewaringBeheren),
        new("/beheer/vernietigingslijsten", "Vernietigingslijsten", Rechten.BewaringBeheren),
    ];

    public IReadOnlyList<ApiTag> ApiTags =>
    [
        new("Bewaring", "Bewaartermijnen per bewaarcategorie, vernietigingslijsten, hun beoordeling en de verklaring van vernietiging (AVG art. 5 en 17, Archiefwet). Alleen voor de functioneel beheerder."),
    ];

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanBewaring(inwonerIds);

    public GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanBewaring(inwonerIds);

    public VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanBewaring(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Bewaringsronde>();
        services.AddHostedService<Bewaringsjob>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        GeefBewaartermijnen.Map(api);
        WijzigBewaartermijn.Map(api);
        GeefVernietigingslijsten.Map(api);
        GeefVernietigingslijst.Map(api);
        BeoordeelVernietigingslijst.Map(api);
    }
}
