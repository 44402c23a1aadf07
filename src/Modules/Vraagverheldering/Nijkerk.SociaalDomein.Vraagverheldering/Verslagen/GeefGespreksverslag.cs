using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Vraagverheldering.Expertises;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Verslagen;

/// <summary>What the gespreksverslag the inwoner is given is drawn from: the vraagverheldering, and the expertises by name.</summary>
internal static class GeefGespreksverslag
{
    [Vereist(VraagverhelderingRechten.Lezen)]
    [Verwerking("Gespreksverslag voor de inwoner ingezien", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Query(Guid VraagverhelderingId) : IRequest<Verslag>;

    public sealed record Verslag(GeefVraagverheldering.Detail Vraagverheldering, IReadOnlyDictionary<string, string> ExpertiseNamen) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [Vraagverheldering.InwonerId];
    }

    internal sealed class Handler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<Query, Verslag>
    {
        public async Task<Verslag> Handle(Query query, CancellationToken cancellationToken)
        {
            // The handlers themselves, not through the mediator: this read is recorded once, as the verslag's.
            var detail = await new GeefVraagverheldering.Handler(db).Handle(new GeefVraagverheldering.Query(query.VraagverhelderingId), cancellationToken);
            var expertises = await new GeefExpertises.Handler(db).Handle(new GeefExpertises.Query(), cancellationToken);
            return new Verslag(detail, expertises.ToDictionary(e => e.Code, e => e.Naam));
        }
    }
}
