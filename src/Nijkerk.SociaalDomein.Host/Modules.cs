using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Intake;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Regie;
using Nijkerk.SociaalDomein.SocialeKaart;
using Nijkerk.SociaalDomein.Vraagverheldering;

namespace Nijkerk.SociaalDomein.Host;

/// <summary>The one place that lists the modules this host runs. Adding a module is one line here.</summary>
public static class Modules
{
    /// <summary>Every part that owns a schema: the domain modules, the host's access part and the audit log.</summary>
    public static IModule[] All() => [.. Domein(), new ToegangModule(), new AuditModule()];

    /// <summary>The domain modules; a new one is one line here (README, adding a module).</summary>
    public static IModule[] Domein() =>
    [
        new IntakeModule(),
        new VraagverhelderingModule(),
        new OverdrachtModule(),
        new RegieModule(),
        new SocialeKaartModule(),
        new Monitoring.MonitoringModule(),
        new Bewaring.BewaringModule(),
    ];
}
