using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Integration;

internal sealed class GeefRegieGeschiedenisHandler(ModuleDb<RegieModule> db) : IRequestHandler<GeefRegieGeschiedenis, Geschiedenis>
{
    private static readonly Type[] Soorten = [typeof(PlanGestart), typeof(RegisseurToegewezen), typeof(PlanGeescaleerd), typeof(IjsbrekerBudgetBesteed), typeof(PlanAfgesloten)];

    public async Task<Geschiedenis> Handle(GeefRegieGeschiedenis request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await OutboxGeschiedenis.LeesAsync(connection, db.Schema, Soorten, request.Na, request.Aantal);
    }
}
