using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>
/// For the crisis banner the host shows on every loket screen: read at each page load, and once per change by the
/// host's listener that pushes it to the open screens. Three indexed reads in one round trip.
/// </summary>
internal sealed class GeefOpenCrisismeldingenHandler(ModuleDb<IntakeModule> db, TimeProvider clock) : IRequestHandler<GeefOpenCrisismeldingen, Crisisoverzicht>
{
    private const string Sql = """
        select id as AanmeldingId, kanaal as Kanaal, bron as Bron, geregistreerd_op as GeregistreerdOp
        from intake.aanmelding
        where status = 'open' and urgentie = 'crisis' and behandelaar_id is null
        order by geregistreerd_op, id
        limit 20;
        select naam as Naam, telefoon as Telefoon, tot as Tot
        from intake.dienst
        where van <= @Nu and tot > @Nu
        order by van, id;
        select min(t) from (
            select min(van) as t from intake.dienst where van > @Nu
            union all
            select min(tot) from intake.dienst where tot > @Nu) wissels;
        """;

    public async Task<Crisisoverzicht> Handle(GeefOpenCrisismeldingen request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(Sql, new { Nu = clock.GetUtcNow() });
        var meldingen = (await results.ReadAsync<Crisismelding>())
            .Select(m => m with { Kanaal = Keuzes.Kanalen.GetValueOrDefault(m.Kanaal, m.Kanaal), Bron = Keuzes.Bronnen.GetValueOrDefault(m.Bron, m.Bron) })
            .ToList();
        var dienst = (await results.ReadAsync<Dienstdoende>()).ToList();
        var wissel = await results.ReadSingleAsync<DateTimeOffset?>();
        return new Crisisoverzicht(meldingen, dienst, wissel);
    }
}
