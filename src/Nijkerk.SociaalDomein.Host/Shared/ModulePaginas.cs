using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Shared;

internal static class ModulePaginas
{
    /// <summary>
    /// Every module's pages, from the host's one list of modules, rather than from the build's own guess at which
    /// references hold pages (which an incremental build does not refresh when a module gets its first page).
    /// </summary>
    public static IMvcBuilder AddModulePaginas(this IMvcBuilder mvc, IEnumerable<IModule> modules) =>
        mvc.ConfigureApplicationPartManager(manager =>
        {
            foreach (var assembly in modules.Select(m => m.GetType().Assembly).Distinct())
            {
                if (manager.ApplicationParts.Any(p => p.Name == assembly.GetName().Name))
                {
                    continue;
                }

                foreach (var part in CompiledRazorAssemblyApplicationPartFactory.GetDefaultApplicationParts(assembly))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
}
