using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

internal sealed class GeefAanmeldingHerkomstHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefAanmeldingHerkomst, AanmeldingHerkomst?>
{
    private const string Sql = """
        select kanaal as Kanaal, bron as Bron, geregistreerd_op as GeregistreerdOp
        from intake.aanmelding
        where id = @AanmeldingId
        """;

    public async Task<AanmeldingHerkomst?> Handle(GeefAanmeldingHerkomst request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AanmeldingHerkomst>(Sql, request);
    }
}
