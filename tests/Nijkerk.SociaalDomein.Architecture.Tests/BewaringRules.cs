using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>
/// Bewaartermijnen and vernietiging: every module answers <see cref="GeefBewaarstand"/> and
/// <see cref="VernietigPersoonsgegevens"/> for itself. <c>IModule.Bewaarstand</c> and <c>IModule.Vernietiging</c> have
/// no default, so a module without them does not build; these rules catch the rest: a request that is not the module's
/// own (declared in its own assemblies), that carries other ids than it was given, or that no handler of the module
/// answers (then the retention job would fail, or worse, skip its data).
/// </summary>
internal static class BewaringRules
{
    public static IEnumerable<string> ZonderEigenAntwoord(IModule module)
    {
        Guid[] ids = [Guid.CreateVersion7(), Guid.CreateVersion7()];
        var eigen = ModuleRegistry.AssembliesOf(module);
        var bewaarstand = module.Bewaarstand(ids);
        var vernietiging = module.Vernietiging(ids);
        foreach (var (soort, gevraagd, antwoord, wat) in new[]
                 {
                     (bewaarstand.GetType(), bewaarstand.InwonerIds, typeof(BewaarstandVanModule), "bewaarstand"),
                     (vernietiging.GetType(), vernietiging.InwonerIds, typeof(VernietigingVanModule), "vernietiging"),
                 })
        {
            if (!eigen.Contains(soort.Assembly))
            {
                yield return $"{module.Name} answers its {wat} with {soort.FullName}, which is not its own";
            }

            if (!gevraagd.SequenceEqual(ids))
            {
                yield return $"{module.Name} asks its {wat} for other inwoners than it was given";
            }

            var handler = typeof(IRequestHandler<,>).MakeGenericType(soort, antwoord);
            if (!eigen.SelectMany(a => a.GetTypes()).Any(t => t is { IsAbstract: false, IsInterface: false } && handler.IsAssignableFrom(t)))
            {
                yield return $"{module.Name} has no handler of its own for {soort.Name}";
            }
        }
    }
}
