using Microsoft.AspNetCore.DataProtection.Repositories;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// Staff accounts, API clients and Data Protection keys, in schema <c>toegang</c>. Cross-cutting and part of the
/// host, not a domain module, but it owns its schema and connects as its own role like the modules do.
/// </summary>
public sealed class ToegangModule : IModule
{
    public string Name => "Toegang";

    public string Schema => "toegang";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<InlogDienst>();
        services.AddScoped<ApiSleutels>();
        services.AddSingleton<IXmlRepository, DataProtectionSleutels>();
        services.AddScoped<IDemoData, ToegangDemoData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => Verwerkingen.ZoekVerwerkingen.Map(api);
}
