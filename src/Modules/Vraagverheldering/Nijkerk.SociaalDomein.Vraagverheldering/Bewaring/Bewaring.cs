using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Bewaring;

/// <summary>
/// Vraagverheldering's parts of these dossiers: one per vraagverheldering, category toegang, closed when it was
/// afgerond (what followed, an overdracht or a plan, holds a part of its own), open until then.
/// </summary>
internal sealed class GeefBewaarstandHandler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<GeefBewaarstandVanVraagverheldering, BewaarstandVanModule>
{
    private const string Sql = """
        select inwoner_id as InwonerId, afgerond_op as AfgeslotenOp
        from vraagverheldering.vraagverheldering where inwoner_id = any(@Ids) order by geopend_op, id
        """;

    public async Task<BewaarstandVanModule> Handle(GeefBewaarstandVanVraagverheldering request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rijen = await connection.QueryAsync<Rij>(new CommandDefinition(Sql, new { Ids = request.InwonerIds.ToArray() }, cancellationToken: cancellationToken));
        return new BewaarstandVanModule("Vraagverheldering", [.. rijen.Select(r => new Bewaardeel(r.InwonerId, Bewaarcategorieen.Toegang, r.AfgeslotenOp))]);
    }

    private sealed record Rij(Guid InwonerId, DateTimeOffset? AfgeslotenOp);
}

/// <summary>
/// Vernietiging in Vraagverheldering: every table its inzage reads (the scores and uitnodigingen, then the
/// vraagverheldering with its gesprek, hulpvragen, samenvatting and the inwoner's name), in the command's transaction.
/// </summary>
internal sealed class VernietigPersoonsgegevensHandler(CommandSession session)
    : IRequestHandler<VernietigPersoonsgegevensVanVraagverheldering, VernietigingVanModule>
{
    private const string Vraagverhelderingen = "select id from vraagverheldering.vraagverheldering where inwoner_id = any(@Ids)";

    private static readonly Vernietigingsstap[] Stappen =
    [
        new("score", $"delete from vraagverheldering.score where vraagverheldering_id in ({Vraagverhelderingen})"),
        new("uitnodiging", $"delete from vraagverheldering.uitnodiging_verzonden where vraagverheldering_id in ({Vraagverhelderingen})"),
        new("vraagverheldering", "delete from vraagverheldering.vraagverheldering where inwoner_id = any(@Ids)"),
    ];

    public async Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanVraagverheldering request, CancellationToken cancellationToken) =>
        new("Vraagverheldering", await Vernietigingsstappen.VoerUitAsync(session, request.InwonerIds, Stappen));
}
