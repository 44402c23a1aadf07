using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>The audit log of every processing of personal data, in the append-only schema <c>audit</c>.</summary>
public sealed class AuditModule : IModule
{
    public string Name => "Audit";

    public string Schema => "audit";

    public bool AlleenToevoegen => true;

    public IReadOnlyList<string> EigenFuncties => ["vernietig_verwerkingen"];

    public IReadOnlyList<string> EigenDoelen => [InzageDoelen.Inzage, Bewaring.BewaringDoelen.Bewaartermijn, Bewaring.BewaringDoelen.Vernietiging];

    /// <summary>Every verwerking of the inwoner and his merged records (ADR 0029).</summary>
    public Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new GeefPersoonsgegevensVanAudit(inwonerIds);

    public Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new GeefBewaarstandVanAudit(inwonerIds);

    public Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new VernietigPersoonsgegevensVanAudit(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
