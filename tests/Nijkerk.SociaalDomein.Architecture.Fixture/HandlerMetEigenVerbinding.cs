using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Npgsql;

namespace Nijkerk.SociaalDomein.Architecture.Fixture;

/// <summary>
/// An event handler that opens its own connection: its write is not in the inbox's transaction. (A bare data source,
/// no module's ModuleDb, so only the handler rule catches it.)
/// </summary>
public sealed class HandlerMetEigenVerbinding(NpgsqlDataSource bron) : INotificationHandler<AanmeldingDoorgezet>
{
    public async Task Handle(AanmeldingDoorgezet notification, CancellationToken cancellationToken)
    {
        await using var connection = await bron.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("select 1");
    }
}
