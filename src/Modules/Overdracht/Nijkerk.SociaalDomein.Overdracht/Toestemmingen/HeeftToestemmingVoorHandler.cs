using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

/// <summary>Answers from the toestemmingen of the calling partner only (row-level security keeps the others out as well).</summary>
internal sealed class HeeftToestemmingVoorHandler(ModuleDb<OverdrachtModule> db, ActorContext actor, TimeProvider clock)
    : IRequestHandler<HeeftToestemmingVoor, bool>
{
    private const string Sql = """
        select exists (
            select 1 from overdracht.toestemming
            where inwoner_id = @InwonerId and partner_organisatie = @Organisatie and ingetrokken_op is null
              and geldig_tot >= @Vandaag and @Gegevens = any(gegevens))
        """;

    public async Task<bool> Handle(HeeftToestemmingVoor query, CancellationToken cancellationToken)
    {
        if (actor.Huidig.Organisatie is not { } organisatie)
        {
            return false;
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(Sql, new
        {
            query.InwonerId,
            Organisatie = organisatie,
            query.Gegevens,
            Vandaag = NederlandseDag.Vandaag(clock),
        });
    }
}
