using MediatR;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Integration;

internal sealed class GeefPlanVanInwonerHandler : IRequestHandler<GeefPlanVanInwoner, PlanVanInwoner?>
{
    // Regie has no plans yet (its slices come with their own issue): no inwoner has one, so the answer is null.
    public Task<PlanVanInwoner?> Handle(GeefPlanVanInwoner request, CancellationToken cancellationToken) =>
        Task.FromResult<PlanVanInwoner?>(null);
}
