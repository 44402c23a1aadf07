using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

internal sealed class ZoekInwonersOpNaamHandler(ModuleDb<IntakeModule> db) : IRequestHandler<ZoekInwonersOpNaam, IReadOnlyList<InwonerKenmerken>>
{
    private const string Sql = """
        select id as InwonerId, concat_ws(' ', voornamen, voorvoegsel, achternaam) as Naam, kern as Kern, geboortedatum as Geboortedatum
        from intake.inwoner
        where samengevoegd_in is null and lower(achternaam) = lower(@Achternaam) and geboortedatum = @Geboortedatum
        order by voornamen, id
        limit 20
        """;

    public async Task<IReadOnlyList<InwonerKenmerken>> Handle(ZoekInwonersOpNaam request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<InwonerKenmerken>(new CommandDefinition(
            Sql, new { Achternaam = request.Achternaam.Trim(), request.Geboortedatum }, cancellationToken: cancellationToken))];
    }
}
