using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang;

internal sealed class GeefMedewerkersMetRolHandler(ModuleDb<ToegangModule> db) : IRequestHandler<GeefMedewerkersMetRol, IReadOnlyList<Medewerker>>
{
    private const string Sql = """
        select id::text as Id, naam as Naam from toegang.gebruiker
        where actief and @Rol = any(rollen)
        order by naam
        """;

    public async Task<IReadOnlyList<Medewerker>> Handle(GeefMedewerkersMetRol request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<Medewerker>(new CommandDefinition(Sql, new { request.Rol }, cancellationToken: cancellationToken))];
    }
}
