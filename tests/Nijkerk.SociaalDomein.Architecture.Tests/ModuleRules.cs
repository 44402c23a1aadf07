using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>The module rules of the architecture, as functions that list what breaks them.</summary>
internal static class ModuleRules
{
    private const string Prefix = "Nijkerk.SociaalDomein.";

    /// <summary>Rule 1: a module's inside references BuildingBlocks and Contracts assemblies only.</summary>
    public static IEnumerable<string> ForeignReferences(Assembly module) =>
        module.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)
                && name != Prefix + "BuildingBlocks"
                && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(name => $"{module.GetName().Name} references {name}");

    /// <summary>
    /// A module's public face references the thin BuildingBlocks.Contracts only (the request, command and event
    /// interfaces and their attributes), never the building blocks themselves or another module.
    /// </summary>
    public static IEnumerable<string> ContractsReferences(Assembly contracts) =>
        contracts.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name != Prefix + "BuildingBlocks.Contracts")
            .Select(name => $"{contracts.GetName().Name} references {name}");

    /// <summary>
    /// Rule 2 in code: a module's types ask (constructor parameters) for its own <see cref="ModuleDb{TModule}"/> only,
    /// never another module's, nor the untyped <see cref="ModuleDb"/> which could be anyone's.
    /// </summary>
    public static IEnumerable<string> ForeignModuleDb(Assembly assembly, Type module) =>
        from type in assembly.GetTypes()
        from constructor in type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        from parameter in constructor.GetParameters()
        where typeof(ModuleDb).IsAssignableFrom(parameter.ParameterType)
            && !(parameter.ParameterType.IsGenericType && parameter.ParameterType.GenericTypeArguments[0] == module)
        select $"{type.FullName} asks for {parameter.ParameterType.Name}{string.Concat(parameter.ParameterType.GenericTypeArguments.Select(a => "<" + a.Name + ">"))}";

    /// <summary>A request names only a purpose (doelbinding) its module declares, so the list of purposes is complete.</summary>
    public static IEnumerable<string> UndeclaredPurposes(Assembly assembly, IReadOnlyCollection<string> declared) =>
        assembly.GetTypes()
            .Select(t => (Type: t, Verwerking: t.GetCustomAttribute<Nijkerk.SociaalDomein.BuildingBlocks.Audit.VerwerkingAttribute>()))
            .Where(t => t.Verwerking is not null && !declared.Contains(t.Verwerking.Doel))
            .Select(t => $"{t.Type.FullName} names purpose \"{t.Verwerking!.Doel}\", which its module does not declare");

    /// <summary>Rule 3: only the module class and the pages (with what they bind) are public.</summary>
    public static IEnumerable<string> NeedlesslyPublic(Assembly module) =>
        module.GetExportedTypes()
            .Where(t => !typeof(IModule).IsAssignableFrom(t)
                && !typeof(PageModel).IsAssignableFrom(t)
                && !(t.DeclaringType is { } outer && typeof(PageModel).IsAssignableFrom(outer)))
            .Select(t => $"{t.FullName} is public");

    /// <summary>Rule 4: Contracts hold records (and marker interfaces) without logic of their own.</summary>
    public static IEnumerable<string> LogicInContracts(IEnumerable<Type> contracts)
    {
        foreach (var type in contracts.Where(t => !IsCompilerGenerated(t)))
        {
            if (type.IsInterface || type.IsEnum)
            {
                continue;
            }

            // A static class of constants: the module's rights and purposes, which requests in Contracts name.
            if (type is { IsAbstract: true, IsSealed: true })
            {
                foreach (var member in type.GetMembers(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(m => m is not FieldInfo { IsLiteral: true }))
                {
                    yield return $"{type.FullName}.{member.Name} is logic in a contract";
                }

                continue;
            }

            if (type.GetMethod("<Clone>$") is null)
            {
                yield return $"{type.FullName} is not a record";
                continue;
            }

            var own = type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !IsCompilerGenerated(m) && !RecordMembers.Contains(m.Name));
            foreach (var method in own)
            {
                yield return $"{type.FullName}.{method.Name} is logic in a contract";
            }
        }
    }

    /// <summary>Every request declares the right it needs, so no slice can forget the check.</summary>
    public static IEnumerable<string> RequestsWithoutRight(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false }
                && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>))
                && t.GetCustomAttribute<Nijkerk.SociaalDomein.BuildingBlocks.Toegang.VereistAttribute>() is null)
            .Select(t => $"{t.FullName} declares no [Vereist] right");

    /// <summary>Every request says whether it processes personal data, so the audit log cannot be forgotten.</summary>
    public static IEnumerable<string> RequestsWithoutVerwerking(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false }
                && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>))
                && t.GetCustomAttribute<Nijkerk.SociaalDomein.BuildingBlocks.Audit.VerwerkingAttribute>() is null
                && t.GetCustomAttribute<Nijkerk.SociaalDomein.BuildingBlocks.Audit.GeenPersoonsgegevensAttribute>() is null)
            .Select(t => $"{t.FullName} declares neither [Verwerking] nor [GeenPersoonsgegevens]");

    public static IReadOnlyList<Assembly> ModuleAssemblies(IEnumerable<IModule> modules) =>
        [.. modules.Select(m => m.GetType().Assembly)];

    public static IReadOnlyList<Assembly> AssembliesOfModule(IModule module) => ModuleRegistry.AssembliesOf(module);

    public static IReadOnlyList<Assembly> ContractsAssemblies(IEnumerable<IModule> modules) =>
        [.. modules.Select(m => ModuleRegistry.AssembliesOf(m)[1])];

    private static readonly HashSet<string> RecordMembers =
        ["<Clone>$", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct"];

    private static bool IsCompilerGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), false);
}
