using System.Reflection;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Modules;

/// <summary>
/// The modules the host runs, and which module a request or event type belongs to: a type belongs to the
/// module whose own assembly or Contracts assembly declares it.
/// </summary>
public sealed class ModuleRegistry
{
    private readonly Dictionary<Assembly, IModule> byAssembly = [];

    public ModuleRegistry(IEnumerable<IModule> modules)
    {
        Modules = [.. modules];
        foreach (var module in Modules)
        {
            foreach (var assembly in AssembliesOf(module))
            {
                byAssembly[assembly] = module;
            }
        }
    }

    public IReadOnlyList<IModule> Modules { get; }

    public IModule OwnerOf(Type type) =>
        byAssembly.TryGetValue(type.Assembly, out var module)
            ? module
            : throw new InvalidOperationException($"{type.FullName} belongs to no registered module.");

    /// <summary>
    /// The module's own assembly followed by its Contracts assembly (named "&lt;module assembly&gt;.Contracts"),
    /// when it has one: the host's own part (toegang) has no public face.
    /// </summary>
    public static IReadOnlyList<Assembly> AssembliesOf(IModule module)
    {
        var inside = module.GetType().Assembly;
        try
        {
            return [inside, Assembly.Load(new AssemblyName(inside.GetName().Name + ".Contracts"))];
        }
        catch (FileNotFoundException)
        {
            return [inside];
        }
    }
}
