using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Inzage;

/// <summary>Overdracht's answer to an inzage: every column of its overdrachten, hun stappen en toestemmingen of the inwoner.</summary>
internal sealed class GeefPersoonsgegevensHandler(ModuleDb<OverdrachtModule> db) : IRequestHandler<GeefPersoonsgegevensVanOverdracht, PersoonsgegevensVanModule>
{
    private static readonly Inzagebron[] Bronnen =
    [
        new("overdracht", "Overdracht", "select * from overdracht.overdracht where inwoner_id = any(@Ids) order by aangeboden_op, id"),
        new("stap", "Stap in een overdracht", "select t.* from overdracht.overdracht_stap t join overdracht.overdracht o on o.id = t.overdracht_id where o.inwoner_id = any(@Ids) order by o.aangeboden_op, o.id, t.op"),
        new("toestemming", "Toestemming", "select * from overdracht.toestemming where inwoner_id = any(@Ids) order by gegeven_op, id"),
    ];

    public async Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanOverdracht request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return new PersoonsgegevensVanModule(
            "Overdracht",
            "De overdracht: aan welk team of welke partner uw vraag is overgedragen, wat er daarna gebeurde, en uw toestemmingen.",
            await Inzagevelden.LeesAsync(connection, request.InwonerIds, Bronnen));
    }
}
