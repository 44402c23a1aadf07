using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.SocialeKaart.Beheer;
using Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart;

/// <summary>The sociale kaart: the local directory of help, in schema <c>sociale_kaart</c>.</summary>
public sealed class SocialeKaartModule : IModule
{
    public string Name => "SocialeKaart";

    public string Schema => "sociale_kaart";

    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        // The sociale kaart holds no personal data: every role may look up help.
        new(SocialeKaartRechten.Lezen, [.. Rollen.Namen.Keys], IsScope: true, VoorPartners: true),
        // A scope, so a regional directory can exchange the kaart with ours.
        new(SocialeKaartRechten.Beheren, [Rollen.FunctioneelBeheerder], IsScope: true, VoorPartners: true),
    ];

    // It holds nothing of inwoners; its bewaring requests are recorded all the same (the retention job asks every module).
    public IReadOnlyList<string> EigenDoelen => [BuildingBlocks.Bewaring.BewaringDoelen.Bewaartermijn, BuildingBlocks.Bewaring.BewaringDoelen.Vernietiging];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/sociale-kaart", "Sociale kaart", SocialeKaartRechten.Lezen),
        new("/beheer/sociale-kaart", "Sociale kaart beheren", SocialeKaartRechten.Beheren, NavigatieGroep.Beheer),
    ];

    public IReadOnlyList<ApiTag> ApiTags =>
    [
        new("Sociale kaart", "De lokale wegwijzer naar hulp: organisaties en voorzieningen in Nijkerk, Nijkerkerveen en Hoevelaken."),
    ];

    /// <summary>Trigrams for Dutch compounds and typos; unaccent so accents never stop a match.</summary>
    public IReadOnlyList<string> Extensies => ["pg_trgm", "unaccent"];

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanSocialeKaart(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanSocialeKaart(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanSocialeKaart(inwonerIds);

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
