using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

internal sealed class GeefIntakeGeschiedenisHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefIntakeGeschiedenis, Geschiedenis>
{
    private static readonly Type[] Soorten = [typeof(AanmeldingGeregistreerd), typeof(AanmeldingAfgehandeld), typeof(AanmeldingDoorgezet), typeof(CrisisGemeld), typeof(AanmeldingGerouteerd)];

    public async Task<Geschiedenis> Handle(GeefIntakeGeschiedenis request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await OutboxGeschiedenis.LeesAsync(connection, db.Schema, Soorten, request.Na, request.Aantal);
    }
}
