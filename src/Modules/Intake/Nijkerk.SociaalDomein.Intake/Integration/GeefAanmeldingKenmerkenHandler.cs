using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

internal sealed class GeefAanmeldingKenmerkenHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefAanmeldingKenmerken, AanmeldingKenmerken?>
{
    // The age on the Dutch day of the aanmelding, so a birthday at midnight counts as in the municipality.
    private const string Sql = """
        select a.inwoner_id as InwonerId, i.kern as Kern,
               extract(year from age((a.geregistreerd_op at time zone 'Europe/Amsterdam')::date, i.geboortedatum))::int as Leeftijd
        from intake.aanmelding a
        join intake.inwoner i on i.id = a.inwoner_id
        where a.id = @AanmeldingId
        """;

    public async Task<AanmeldingKenmerken?> Handle(GeefAanmeldingKenmerken request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AanmeldingKenmerken>(Sql, request);
    }
}
