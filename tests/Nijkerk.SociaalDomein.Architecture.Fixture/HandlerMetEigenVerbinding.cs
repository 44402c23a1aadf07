using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Architecture.Fixture;

/// <summary>An event handler that opens its own connection: its write is not in the inbox's transaction.</summary>
public sealed class HandlerMetEigenVerbinding(ModuleDb<IntakeModule> db) : INotificationHandler<AanmeldingDoorgezet>
{
    public async Task Handle(AanmeldingDoorgezet notification, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("select 1");
    }
}
