using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Intake.Demo;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Intake.Terugbelverzoeken;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake;

/// <summary>Intake: the loket's person register and every aanmelding, in schema <c>intake</c>.</summary>
public sealed class IntakeModule : IModule
{
    public string Name => "Intake";

    public string Schema => "intake";

    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        new(IntakeRechten.AanmeldingenLezen, [Rollen.Loketmedewerker], IsScope: true, VoorPartners: true),
        new(IntakeRechten.AanmeldingenSchrijven, [Rollen.Loketmedewerker], IsScope: true, VoorPartners: true),
        new(IntakeRechten.AanmeldingenBehandelen, [Rollen.Loketmedewerker], IsScope: true, VoorPartners: true),
        // The regisseur reads and looks up the members of the households he keeps (Regie asks names through the Contracts).
        new(IntakeRechten.InwonersLezen, [Rollen.Loketmedewerker, Rollen.Regisseur], IsScope: true),
        new(IntakeRechten.InwonersSchrijven, [Rollen.Loketmedewerker], IsScope: true),
        new(IntakeRechten.BsnInzien, [Rollen.Loketmedewerker], IsScope: true),
        // The vakspecialist who receives an overdracht reaches the inwoner. A partner's key may carry it too, and is answered
        // only for an inwoner whose toestemming for his contactgegevens it holds (the handler asks Overdracht; ADR 0021).
        new(IntakeRechten.ContactgegevensLezen, [Rollen.Loketmedewerker, Rollen.Vakspecialist, Rollen.Regisseur], IsScope: true, VoorPartners: true),
        // Staff only: "routed to me" names a person with a werkvoorraad, which a key is not.
        new(IntakeRechten.GerouteerdeAanmeldingenLezen, [Rollen.Vakspecialist], IsScope: false),
    ];

    public IReadOnlyList<string> EigenDoelen => [IntakeDoelen.Intake, InzageDoelen.Inzage, BuildingBlocks.Bewaring.BewaringDoelen.Bewaartermijn, BuildingBlocks.Bewaring.BewaringDoelen.Vernietiging];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/werkvoorraad", "Werkvoorraad", IntakeRechten.AanmeldingenBehandelen),
        new("/aanmeldingen", "Aanmeldingen", IntakeRechten.AanmeldingenLezen),
        new("/aanmeldingen/nieuw", "Nieuwe aanmelding", IntakeRechten.AanmeldingenSchrijven),
        new("/aanmeldingen/aan-mij-gerouteerd", "Aan mij gerouteerd", IntakeRechten.GerouteerdeAanmeldingenLezen),
        new("/inwoners/nieuw", "Inwoner registreren", IntakeRechten.InwonersSchrijven),
        new("/terugbelverzoeken", "Terugbelverzoeken", IntakeRechten.AanmeldingenLezen),
        new("/beheer/dienst", "Crisisdienst", Rechten.Beheer, NavigatieGroep.Beheer),
    ];

    public IReadOnlyList<ApiTag> ApiTags =>
    [
        new("Aanmeldingen", "Elke vraag die bij het loket binnenkomt, via elk kanaal."),
        new("Inwoners", "Het personenregister van het loket."),
    ];

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanIntake(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanIntake(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanIntake(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IDemoData, IntakeDemoData>();

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        RegistreerInwoner.Map(api);
        GeefInwoner.Map(api);
        ZoekInwoners.Map(api);
        WijzigInwoner.Map(api);
        GeefBsn.Map(api);
        VoegInwonersSamen.Map(api);
        RegistreerAanmelding.Map(api);
        ZoekAanmeldingen.Map(api);
        GeefAanmelding.Map(api);
        ZetAanmeldingDoor.Map(api);
        RegistreerContactmoment.Map(api);
        VraagTerugbelverzoekAan.Map(api);
        RondTerugbelverzoekAf.Map(api);
        ZoekTerugbelverzoeken.Map(api);
        GeefOverzicht.Map(api);
        HandelAanmeldingAf.Map(api);
        GeefAfhandeling.Map(api);
        RouteerAanmelding.Map(api);
        NeemAanmelding.Map(api);
        GeefAanmeldingVrij.Map(api);
        GeefBehandelaar.Map(api);
    }
}
