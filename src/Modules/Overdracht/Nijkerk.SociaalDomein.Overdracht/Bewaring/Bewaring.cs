using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Bewaring;

/// <summary>
/// Overdracht's parts of these dossiers: one per overdracht and bewaarcategorie of its expertises (an overdracht for jeugd
/// and inkomen counts under both, so the longer term keeps it). Closed in an end state: afgerond, or teruggelegd (the
/// loket decides what follows), or verlopen with a next overdracht after it; open while offered, accepted, or verlopen
/// with nothing after it (it still waits at the loket).
/// </summary>
internal sealed class GeefBewaarstandHandler(ModuleDb<OverdrachtModule> db) : IRequestHandler<GeefBewaarstandVanOverdracht, BewaarstandVanModule>
{
    private const string Sql = """
        select o.inwoner_id as InwonerId, o.expertises as Expertises,
               case
                   when o.status = 'afgerond' then o.afgerond_op
                   when o.status = 'teruggelegd' then o.teruggelegd_op
                   when o.status = 'verlopen' and exists (select 1 from overdracht.overdracht n where n.vorige_overdracht_id = o.id) then o.verlopen_op
               end as AfgeslotenOp
        from overdracht.overdracht o where o.inwoner_id = any(@Ids) order by o.aangeboden_op, o.id
        """;

    public async Task<BewaarstandVanModule> Handle(GeefBewaarstandVanOverdracht request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rijen = await connection.QueryAsync<Rij>(new CommandDefinition(Sql, new { Ids = request.InwonerIds.ToArray() }, cancellationToken: cancellationToken));
        return new BewaarstandVanModule(
            "Overdracht",
            [.. rijen.SelectMany(r => Categorieen(r.Expertises).Select(c => new Bewaardeel(r.InwonerId, c, r.AfgeslotenOp)))]);
    }

    /// <summary>The bewaarcategorieën of an overdracht's expertises (Vraagverheldering's reference data), each once.</summary>
    internal static IReadOnlyList<string> Categorieen(IEnumerable<string> expertises)
    {
        var categorieen = expertises.Select(Categorie).Distinct().ToList();
        return categorieen.Count > 0 ? categorieen : [Bewaarcategorieen.Jeugd];
    }

    internal static string Categorie(string expertise) => expertise switch
    {
        "jeugd" or "leerrecht" or "leerlingenvervoer" => Bewaarcategorieen.Jeugd,
        "wmo-oud" or "wmo-2015" or "gehandicaptenparkeerkaart" => Bewaarcategorieen.Wmo,
        "schuldhulpverlening" => Bewaarcategorieen.Schuldhulp,
        "werk" or "inkomen" or "bijzondere-bijstand" or "armoede" or "woningurgentie" or "inburgering" => Bewaarcategorieen.WerkEnInkomen,
        // An expertise a municipality added later, not (yet) mapped here: the longest term (youth care's), so nothing is
        // destroyed too early; a record kept too long is the lesser harm, and the beheerder sees it on the list.
        _ => Bewaarcategorieen.Jeugd,
    };

    private sealed record Rij(Guid InwonerId, string[] Expertises, DateTimeOffset? AfgeslotenOp);
}

/// <summary>
/// Vernietiging in Overdracht: every table its inzage reads, children first: the steps, the toestemmingen, then the
/// overdrachten with their samenvatting, hulpvragen and the inwoner's name. An overdracht of someone else that
/// follows one of these (never expected: a chain belongs to one aanmelding) loses only its pointer back.
/// </summary>
internal sealed class VernietigPersoonsgegevensHandler(CommandSession session) : IRequestHandler<VernietigPersoonsgegevensVanOverdracht, VernietigingVanModule>
{
    private const string Overdrachten = "select id from overdracht.overdracht where inwoner_id = any(@Ids)";

    private static readonly Vernietigingsstap[] Stappen =
    [
        new("stap", $"delete from overdracht.overdracht_stap where overdracht_id in ({Overdrachten})"),
        new("toestemming", "delete from overdracht.toestemming where inwoner_id = any(@Ids)"),
        new("verwijzing", $"update overdracht.overdracht set vorige_overdracht_id = null where vorige_overdracht_id in ({Overdrachten}) and (inwoner_id is null or not inwoner_id = any(@Ids))", Anonimiseert: true),
        new("overdracht", "delete from overdracht.overdracht where inwoner_id = any(@Ids)"),
    ];

    public async Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanOverdracht request, CancellationToken cancellationToken) =>
        new("Overdracht", await Vernietigingsstappen.VoerUitAsync(session, request.InwonerIds, Stappen));
}
