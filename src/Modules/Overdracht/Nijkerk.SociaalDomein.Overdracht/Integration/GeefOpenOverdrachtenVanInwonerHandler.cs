using MediatR;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

internal sealed class GeefOpenOverdrachtenVanInwonerHandler : IRequestHandler<GeefOpenOverdrachtenVanInwoner, IReadOnlyList<OpenOverdracht>>
{
    // Overdracht has no overdrachten yet (its slices come with their own issue): nothing runs, so the answer is empty.
    public Task<IReadOnlyList<OpenOverdracht>> Handle(GeefOpenOverdrachtenVanInwoner request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OpenOverdracht>>([]);
}
