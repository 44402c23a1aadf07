using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

namespace Nijkerk.SociaalDomein.Architecture.Fixture;

/// <summary>A module that declares its bewaring requests but forgot the handlers that answer them.</summary>
public sealed class ModuleZonderBewaring : IModule
{
    public string Name => "ZonderBewaring";

    public string Schema => "zonder_bewaring";

    public GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new VergetenInzage(inwonerIds);

    public GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new VergetenBewaarstand(inwonerIds);

    public VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new VergetenVernietiging(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}

/// <summary>A module that answers bewaring with another module's requests, so its own data would never be destroyed.</summary>
public sealed class ModuleMetLeenBewaring : IModule
{
    public string Name => "LeenBewaring";

    public string Schema => "leen_bewaring";

    public GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new VergetenInzage(inwonerIds);

    public GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Intake.Contracts.GeefBewaarstandVanIntake(inwonerIds);

    public VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Intake.Contracts.VernietigPersoonsgegevensVanIntake(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}

[BuildingBlocks.Toegang.Vereist(BuildingBlocks.Toegang.Rechten.BewaringBeheren)]
[BuildingBlocks.Audit.GeenPersoonsgegevens]
public sealed record VergetenBewaarstand(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

[BuildingBlocks.Toegang.Vereist(BuildingBlocks.Toegang.Rechten.BewaringBeheren)]
[BuildingBlocks.Audit.GeenPersoonsgegevens]
public sealed record VergetenVernietiging(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);
