using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

internal sealed class GeefInwonerKenmerkenHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefInwonerKenmerken, InwonerKenmerken?>
{
    private const string Sql = """
        select id as InwonerId, concat_ws(' ', voornamen, voorvoegsel, achternaam) as Naam, kern as Kern, geboortedatum as Geboortedatum
        from intake.inwoner where id = @InwonerId
        """;

    public async Task<InwonerKenmerken?> Handle(GeefInwonerKenmerken request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<InwonerKenmerken>(Sql, request);
    }
}
