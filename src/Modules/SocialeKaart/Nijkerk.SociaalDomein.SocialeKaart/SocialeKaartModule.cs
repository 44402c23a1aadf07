using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.SocialeKaart.Beheer;
using Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart;

/// <summary>The sociale kaart: the local directory of help, in schema <c>sociale_kaart</c>.</summary>
public sealed class SocialeKaartModule : IModule
{
    public string Name => "SocialeKaart";

    public string Schema => "sociale_kaart";

    /// <summary>Trigrams for Dutch compounds and typos; unaccent so accents never stop a match.</summary>
    public IReadOnlyList<string> Extensies => ["pg_trgm", "unaccent"];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ZoekVoorzieningen.Map(api);
        GeefVoorziening.Map(api);
        MaakVoorziening.Map(api);
        WijzigVoorziening.Map(api);
        ArchiveerVoorziening.Map(api);
        ZoekOrganisaties.Map(api);
        GeefOrganisatie.Map(api);
        MaakOrganisatie.Map(api);
        WijzigOrganisatie.Map(api);
        ArchiveerOrganisatie.Map(api);
        ExporteerSocialeKaart.Map(api);
        ImporteerSocialeKaart.Map(api);
    }
}
