using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Huishoudens;

/// <summary>The household an inwoner belongs to now, its current members, and a new household of one.</summary>
internal static class HuishoudenOpslag
{
    public const string Overig = "overig";

    private const string VanInwoner = "select huishouden_id from regie.huishouden_lid where inwoner_id = @InwonerId and tot is null";

    private const string Leden = "select inwoner_id from regie.huishouden_lid where huishouden_id = @HuishoudenId and tot is null order by van, inwoner_id";

    private const string Maak = """
        insert into regie.huishouden (id, aangemaakt_op, aangemaakt_door) values (@Id, @Nu, @Door);
        insert into regie.huishouden_lid (id, huishouden_id, inwoner_id, relatie, contactpersoon, van)
        values (@LidId, @Id, @InwonerId, @Relatie, true, @Nu);
        """;

    public static Task<Guid?> VanInwonerAsync(CommandSession session, Guid inwonerId) =>
        session.QuerySingleOrDefaultAsync<Guid?>(VanInwoner, new { InwonerId = inwonerId });

    public static async Task<IReadOnlyList<Guid>> LedenAsync(CommandSession session, Guid huishoudenId) =>
        [.. await session.Connection.QueryAsync<Guid>(Leden, new { HuishoudenId = huishoudenId }, session.Transaction)];

    /// <summary>
    /// A household of the one inwoner, who is its contact person: where a plan starts for someone not yet in a household.
    /// The regisseur adds the other members afterwards.
    /// </summary>
    public static async Task<Guid> MaakVoorAsync(CommandSession session, Guid inwonerId, Actor door, DateTimeOffset nu)
    {
        var id = Guid.CreateVersion7();
        await session.ExecuteAsync(Maak, new { Id = id, Nu = nu, Door = door.Id, LidId = Guid.CreateVersion7(), InwonerId = inwonerId, Relatie = Overig });
        return id;
    }
}
