using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Inrichting;

/// <summary>The settings for when a plan is vastgelopen, as the functioneel beheerder sees them on /beheer/regie.</summary>
internal static class GeefVastlopen
{
    [Vereist(RegieRechten.RegieInrichten)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<Vastlopen>;

    internal sealed class Handler(ModuleDb<RegieModule> db) : IRequestHandler<Query, Vastlopen>
    {
        public async Task<Vastlopen> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return await Vastlopen.LaadAsync(connection);
        }
    }
}
