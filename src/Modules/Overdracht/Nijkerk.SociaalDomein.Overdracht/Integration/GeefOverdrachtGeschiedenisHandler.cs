using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

internal sealed class GeefOverdrachtGeschiedenisHandler(ModuleDb<OverdrachtModule> db) : IRequestHandler<GeefOverdrachtGeschiedenis, Geschiedenis>
{
    private static readonly Type[] Soorten = [typeof(OverdrachtAangeboden), typeof(OverdrachtGeaccepteerd), typeof(OverdrachtTeruggelegd), typeof(OverdrachtVerlopen), typeof(OverdrachtAfgerond), typeof(RegisseurGevraagd)];

    public async Task<Geschiedenis> Handle(GeefOverdrachtGeschiedenis request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await OutboxGeschiedenis.LeesAsync(connection, db.Schema, Soorten, request.Na, request.Aantal);
    }
}
