using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Bewaring;

/// <summary>
/// A page of inwoners (not merged away), each with the records merged into him, transitively, and none with an open
/// aanmelding: the retention job asks every module about them next.
/// </summary>
internal sealed class GeefKandidatenVoorBewaringHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefKandidatenVoorBewaring, KandidatenVoorBewaring>
{
    // The first page starts at the beginning; a next one after the last id read (an index range, planned once).
    private static string Sql(Guid? na)
    {
        var hoofden = $"select id from intake.inwoner where {new Voorwaarden("samengevoegd_in is null").Als(na is not null, "id > @Na")} order by id limit @Aantal";
        return $"""
            with hoofden as ({hoofden})
            select (select id from hoofden order by id desc limit 1) as laatste, (select count(*) from hoofden)::int as gelezen;
            with recursive hoofden as ({hoofden}), keten(hoofd, id) as (
                select id, id from hoofden
                union
                select k.hoofd, i.id from intake.inwoner i join keten k on i.samengevoegd_in = k.id
            ), open_dossier as (
                select distinct k.hoofd from keten k join intake.aanmelding a on a.inwoner_id = k.id where a.status = 'open'
            )
            select k.hoofd as Hoofd, k.id as Id from keten k
            where not exists (select 1 from open_dossier o where o.hoofd = k.hoofd)
            order by k.hoofd, k.id;
            """;
    }

    public async Task<KandidatenVoorBewaring> Handle(GeefKandidatenVoorBewaring request, CancellationToken cancellationToken)
    {
        var aantal = Math.Clamp(request.Aantal, 1, 1000);
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(Sql(request.Na), new { request.Na, Aantal = aantal });
        var (laatste, gelezen) = await results.ReadSingleAsync<(Guid?, int)>();
        var rijen = await results.ReadAsync<(Guid Hoofd, Guid Id)>();
        var kandidaten = rijen.GroupBy(r => r.Hoofd)
            .Select(g => new KandidaatVoorBewaring(g.Key, [.. g.Select(r => r.Id).Where(id => id != g.Key)]))
            .ToList();
        return new KandidatenVoorBewaring(kandidaten, gelezen < aantal ? null : laatste);
    }
}
