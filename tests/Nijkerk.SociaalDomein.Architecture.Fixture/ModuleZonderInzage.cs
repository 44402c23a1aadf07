using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

namespace Nijkerk.SociaalDomein.Architecture.Fixture;

/// <summary>A module that declares its inzage request but forgot the handler that answers it.</summary>
public sealed class ModuleZonderInzage : IModule
{
    public string Name => "ZonderInzage";

    public string Schema => "zonder_inzage";

    public GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new VergetenInzage(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Intake.Contracts.GeefBewaarstandVanIntake(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Intake.Contracts.VernietigPersoonsgegevensVanIntake(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}

/// <summary>A module that answers an inzage with another module's request, so its own data would never be asked.</summary>
public sealed class ModuleMetLeenInzage : IModule
{
    public string Name => "LeenInzage";

    public string Schema => "leen_inzage";

    public GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Intake.Contracts.GeefPersoonsgegevensVanIntake(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Intake.Contracts.GeefBewaarstandVanIntake(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Intake.Contracts.VernietigPersoonsgegevensVanIntake(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}

[BuildingBlocks.Toegang.Vereist(BuildingBlocks.Toegang.Rechten.PersoonsgegevensInzien)]
[BuildingBlocks.Audit.GeenPersoonsgegevens]
public sealed record VergetenInzage(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);
