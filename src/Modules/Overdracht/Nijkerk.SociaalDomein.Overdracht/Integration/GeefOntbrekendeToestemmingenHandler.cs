using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>Vraagverheldering asks, before it finishes with an overdracht, which partners still lack the inwoner's toestemming.</summary>
internal sealed class GeefOntbrekendeToestemmingenHandler(ModuleDb<OverdrachtModule> db, TimeProvider clock)
    : IRequestHandler<GeefOntbrekendeToestemmingen, IReadOnlyList<OntbrekendeToestemming>>
{
    public async Task<IReadOnlyList<OntbrekendeToestemming>> Handle(GeefOntbrekendeToestemmingen query, CancellationToken cancellationToken)
    {
        if (query.Expertises is not { Count: > 0 })
        {
            return [];
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        return await Toestemming.OntbrekendAsync(connection, null, query.InwonerId, query.Expertises, NederlandseDag.Vandaag(clock));
    }
}
