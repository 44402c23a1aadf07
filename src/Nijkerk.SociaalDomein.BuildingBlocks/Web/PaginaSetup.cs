using Microsoft.Extensions.DependencyInjection;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Web;

public static class PaginaSetup
{
    /// <summary>Every page answers a refused command the same way (<see cref="PaginaFoutenFilter"/>).</summary>
    public static IMvcBuilder AddPaginaFouten(this IMvcBuilder mvc) =>
        mvc.AddMvcOptions(options => options.Filters.Add<PaginaFoutenFilter>());
}
