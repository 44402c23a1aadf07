using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Integration;

internal sealed class BestaanVoorzieningenHandler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<BestaanVoorzieningen, IReadOnlySet<Guid>>
{
    private const string Sql = "select id from sociale_kaart.voorziening where id = any(@Ids) and gearchiveerd_op is null";

    public async Task<IReadOnlySet<Guid>> Handle(BestaanVoorzieningen request, CancellationToken cancellationToken)
    {
        if (request.Ids.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(Sql, new { Ids = request.Ids.Distinct().ToArray() })).ToHashSet();
    }
}
