using System.Globalization;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>
/// The ijsbrekers' pot of one year: its amount (the default until the beheerder sets one) less what counted. Read in
/// a command it locks the year's row, so two ijsbrekers spending at once cannot both fit the last of the balance.
/// </summary>
internal static class Budgetpot
{
    public const decimal Standaard = 50_000m;

    private const string Zorg = """
        insert into regie.ijsbrekersbudget (jaar, bedrag) values (@Jaar, @Standaard) on conflict (jaar) do nothing;
        """;

    public const string StandSql = """
        select @Jaar as Jaar, coalesce((select bedrag from regie.ijsbrekersbudget where jaar = @Jaar), @Standaard) as Budget,
               coalesce((select sum(bedrag) from regie.ijsbreker_uitgave where jaar = @Jaar and status = 'geteld'), 0) as Besteed,
               coalesce((select sum(bedrag) from regie.ijsbreker_uitgave where jaar = @Jaar and status = 'wacht-op-goedkeuring'), 0) as WachtOpGoedkeuring
        """;

    public static int JaarVan(DateTimeOffset moment) => Nederlands(moment).Year;

    /// <summary>The moment on the clock in Nijkerk.</summary>
    public static DateTimeOffset Nederlands(DateTimeOffset moment) => NederlandseTijd.Van(moment);

    /// <summary>The stand of the year, its row locked for the rest of the transaction.</summary>
    public static async Task<Stand> VergrendelAsync(CommandSession session, int jaar)
    {
        await session.ExecuteAsync(Zorg, new { Jaar = jaar, Standaard });
        await session.QuerySingleOrDefaultAsync<int>("select jaar from regie.ijsbrekersbudget where jaar = @Jaar for update", new { Jaar = jaar });
        return (await session.QuerySingleOrDefaultAsync<Stand>(StandSql, new { Jaar = jaar, Standaard }))!;
    }

    /// <summary>An amount as Dutch staff read it, e.g. € 50.000,00 (whatever culture the host runs with).</summary>
    public static string Euro(decimal bedrag) =>
        "€ " + bedrag.ToString("#,##0.00", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    /// <summary>The pot of one year: its amount, what counted, what waits for approval, and the balance.</summary>
    public sealed record Stand(int Jaar, decimal Budget, decimal Besteed, decimal WachtOpGoedkeuring)
    {
        public decimal Saldo => Budget - Besteed;
    }
}
