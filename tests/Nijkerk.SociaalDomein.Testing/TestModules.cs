using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>What the host's modules declare, composed as the host composes it: every right, the scopes, the roles.</summary>
public static class TestModules
{
    public static readonly ModuleRegistry Registry = new(Host.Modules.All());
}
