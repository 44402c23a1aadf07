using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Bewaring;

/// <summary>
/// Intake's parts of these dossiers: one per aanmelding, category toegang, closed when it left the loket (answered at
/// once, routed to an aanspreekpunt, or passed on to the vraagverheldering, which then holds a part of its own), open
/// while it waits at the loket.
/// </summary>
internal sealed class GeefBewaarstandHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefBewaarstandVanIntake, BewaarstandVanModule>
{
    private const string Sql = """
        select inwoner_id as InwonerId,
               case when status = 'open' then null else coalesce(afgehandeld_op, gerouteerd_op, doorgezet_op) end as AfgeslotenOp
        from intake.aanmelding where inwoner_id = any(@Ids) order by geregistreerd_op, id
        """;

    public async Task<BewaarstandVanModule> Handle(GeefBewaarstandVanIntake request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rijen = await connection.QueryAsync<Rij>(new CommandDefinition(Sql, new { Ids = request.InwonerIds.ToArray() }, cancellationToken: cancellationToken));
        return new BewaarstandVanModule("Intake", [.. rijen.Select(r => new Bewaardeel(r.InwonerId, Bewaarcategorieen.Toegang, r.AfgeslotenOp))]);
    }

    private sealed record Rij(Guid InwonerId, DateTimeOffset? AfgeslotenOp);
}

/// <summary>The aanmeldingen of an inwoner, for a module that keeps their ids (Monitoring, pseudonymised).</summary>
internal sealed class GeefAanmeldingenVanInwonerHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefAanmeldingenVanInwoner, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(GeefAanmeldingenVanInwoner request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<Guid>(new CommandDefinition(
            "select id from intake.aanmelding where inwoner_id = @InwonerId order by id", new { request.InwonerId }, cancellationToken: cancellationToken))];
    }
}
