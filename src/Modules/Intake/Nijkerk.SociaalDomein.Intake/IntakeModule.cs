using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Intake.Demo;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Intake.Terugbelverzoeken;

namespace Nijkerk.SociaalDomein.Intake;

/// <summary>Intake: the loket's person register and every aanmelding, in schema <c>intake</c>.</summary>
public sealed class IntakeModule : IModule
{
    public string Name => "Intake";

    public string Schema => "intake";

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
