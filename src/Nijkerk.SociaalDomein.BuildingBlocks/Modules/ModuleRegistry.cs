using System.Reflection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Modules;

/// <summary>
/// The modules the host runs, and what they declare composed into one: every right, the API scopes, the rights of
/// a role, the navigation and the OpenAPI tags. Also which module a request or event type belongs to: a type
/// belongs to the module whose own assembly or Contracts assembly declares it.
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

        var rechten = Modules.SelectMany(m => m.EigenRechten).ToList();
        var dubbel = rechten.GroupBy(r => r.Naam).FirstOrDefault(g => g.Count() > 1);
        if (dubbel is not null)
        {
            throw new InvalidOperationException($"The right {dubbel.Key} is declared by more than one module.");
        }

        var onbekend = rechten.SelectMany(r => r.Rollen).FirstOrDefault(rol => !Rollen.Namen.ContainsKey(rol));
        if (onbekend is not null)
        {
            throw new InvalidOperationException($"A module gives a right to role {onbekend}, which does not exist (Rollen).");
        }

        Rechten = [.. rechten.Select(r => r.Naam)];
        Scopes = [.. rechten.Where(r => r.IsScope).Select(r => r.Naam)];
        PartnerScopes = [.. rechten.Where(r => r.IsScope && r.VoorPartners).Select(r => r.Naam)];
        rechtenPerRol = Rollen.Namen.Keys.ToDictionary(
            rol => rol, rol => (IReadOnlyList<string>)[.. rechten.Where(r => r.Rollen.Contains(rol)).Select(r => r.Naam)]);
        Navigatie = [.. Modules.SelectMany(m => m.Navigatie).OrderBy(i => i.Groep)];
        ApiTags = [.. Modules.SelectMany(m => m.ApiTags)];
    }

    private readonly Dictionary<string, IReadOnlyList<string>> rechtenPerRol;

    public IReadOnlyList<IModule> Modules { get; }

    /// <summary>Every right any module declares: one authorization policy each.</summary>
    public IReadOnlyList<string> Rechten { get; }

    /// <summary>The rights an API key may be given; which of them a key gets is the beheerder's choice.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The scopes a partner organisation's key may be given, and keeps at sign-in.</summary>
    public IReadOnlyList<string> PartnerScopes { get; }

    /// <summary>The main navigation: the work of every module in module order, then the beheer pages.</summary>
    public IReadOnlyList<NavigatieItem> Navigatie { get; }

    public IReadOnlyList<ApiTag> ApiTags { get; }

    /// <summary>The rights a member of staff with these roles holds: the union of what the modules give each role.</summary>
    public IEnumerable<string> RechtenVan(IEnumerable<string> rollen) =>
        rollen.SelectMany(r => rechtenPerRol.GetValueOrDefault(r, [])).Distinct();

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
