using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

internal sealed class GeefVraagverhelderingGeschiedenisHandler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<GeefVraagverhelderingGeschiedenis, Geschiedenis>
{
    private static readonly Type[] Soorten = [typeof(VraagverhelderingAfgerond)];

    public async Task<Geschiedenis> Handle(GeefVraagverhelderingGeschiedenis request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await OutboxGeschiedenis.LeesAsync(connection, db.Schema, Soorten, request.Na, request.Aantal);
    }
}
