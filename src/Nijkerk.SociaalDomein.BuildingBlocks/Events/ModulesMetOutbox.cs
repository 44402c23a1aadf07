using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

internal static class ModulesMetOutbox
{
    /// <summary>Every module with an outbox (the append-only audit log has none), with its data source.</summary>
    public static IEnumerable<(IModule Module, ModuleDb Db)> MetOutbox(this IEnumerable<ModuleDb> dbs, ModuleRegistry registry) =>
        registry.Modules.Where(m => !m.AlleenToevoegen).Select(m => (m, dbs.Single(db => db.Schema == m.Schema)));
}
