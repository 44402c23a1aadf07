using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>
/// Inzage (ADR 0029): every module answers <see cref="GeefPersoonsgegevens"/> for itself. <c>IModule.Persoonsgegevens</c>
/// has no default, so a module without it does not build; these rules catch the rest: a request that is not the module's
/// own, that carries other ids than it was given, or that no handler in the module answers.
/// </summary>
internal static class InzageRules
{
    public static IEnumerable<string> ZonderEigenAntwoord(IModule module)
    {
        Guid[] ids = [Guid.CreateVersion7(), Guid.CreateVersion7()];
        var verzoek = module.Persoonsgegevens(ids);
        var soort = verzoek.GetType();
        var eigen = ModuleRegistry.AssembliesOf(module);
        if (!eigen.Contains(soort.Assembly))
        {
            yield return $"{module.Name} answers an inzage with {soort.FullName}, which is not its own";
        }

        if (!verzoek.InwonerIds.SequenceEqual(ids))
        {
            yield return $"{module.Name} asks its inzage for other inwoners than it was given";
        }

        var handler = typeof(IRequestHandler<,>).MakeGenericType(soort, typeof(PersoonsgegevensVanModule));
        if (!eigen.SelectMany(a => a.GetTypes()).Any(t => t is { IsAbstract: false, IsInterface: false } && handler.IsAssignableFrom(t)))
        {
            yield return $"{module.Name} has no handler of its own for {soort.Name}";
        }
    }
}
