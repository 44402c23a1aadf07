using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>Loads a knelpunt for a change (locked until the command commits) and counts a colleague's report once.</summary>
internal static class KnelpuntOpslag
{
    private const string Laad = "select id as Id, status as Status, versie as Versie from monitoring.knelpunt where id = @Id for update";

    private const string Melding = """
        insert into monitoring.knelpunt_melding (knelpunt_id, melder, gemeld_op) values (@Id, @Melder, @Nu) on conflict do nothing
        """;

    private const string Tel = "update monitoring.knelpunt set aantal = aantal + 1, laatst_gemeld_op = @Nu where id = @Id returning aantal";

    private const string Aantal = "select aantal from monitoring.knelpunt where id = @Id";

    public static async Task<Knelpunt> LaadAsync(CommandSession session, Guid id) =>
        await session.QuerySingleOrDefaultAsync<Knelpunt>(Laad, new { Id = id })
        ?? throw new NietGevondenException("Er is geen knelpunt met deze id.");

    /// <summary>The first report, made with the knelpunt itself.</summary>
    public static Task EersteMeldingAsync(CommandSession session, Guid id, string melder, DateTimeOffset nu) =>
        session.ExecuteAsync(Melding, new { Id = id, Melder = melder, Nu = nu });

    /// <summary>Counts the colleague in and answers the new count; null when he had reported it already.</summary>
    public static async Task<int?> TelMeeAsync(CommandSession session, Guid id, string melder, DateTimeOffset nu)
    {
        if (await session.ExecuteAsync(Melding, new { Id = id, Melder = melder, Nu = nu }) == 0)
        {
            return null;
        }

        return await session.QuerySingleOrDefaultAsync<int>(Tel, new { Id = id, Nu = nu });
    }

    public static async Task<int> AantalAsync(CommandSession session, Guid id) =>
        await session.QuerySingleOrDefaultAsync<int>(Aantal, new { Id = id });
}
