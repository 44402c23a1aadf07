using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>How to reach an inwoner, as the register holds it now; a merged record answers as the one it went up in.</summary>
internal sealed class GeefContactgegevensVanInwonerHandler(ModuleDb<IntakeModule> db)
    : IRequestHandler<GeefContactgegevensVanInwoner, ContactgegevensVanInwoner?>
{
    private const string Sql = """
        select i.id as InwonerId, concat_ws(' ', i.voornamen, i.voorvoegsel, i.achternaam) as Naam, i.telefoon as Telefoon,
               i.email as Email, nullif(concat_ws(' ', i.straat, i.huisnummer::text, i.huisnummer_toevoeging), '') as Adres,
               i.postcode as Postcode, i.woonplaats as Woonplaats, i.voorkeurskanaal as Voorkeurskanaal
        from intake.inwoner v join intake.inwoner i on i.id = coalesce(v.samengevoegd_in, v.id)
        where v.id = @InwonerId
        """;

    public async Task<ContactgegevensVanInwoner?> Handle(GeefContactgegevensVanInwoner request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ContactgegevensVanInwoner>(Sql, request);
    }
}
