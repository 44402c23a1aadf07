using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Intake;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Regie;
using Nijkerk.SociaalDomein.SocialeKaart;
using Nijkerk.SociaalDomein.Vraagverheldering;

namespace Nijkerk.SociaalDomein.Host;

/// <summary>The one place that lists the modules this host runs. Adding a module is one line here.</summary>
public static class Modules
{
    public static IModule[] All() =>
    [
        new IntakeModule(),
        new VraagverhelderingModule(),
        new OverdrachtModule(),
        new RegieModule(),
        new SocialeKaartModule(),
    ];
}
