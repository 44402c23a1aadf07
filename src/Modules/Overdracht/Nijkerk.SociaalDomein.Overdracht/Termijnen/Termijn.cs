using System.Data;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// Until when an overdracht offered now waits for acceptance: a team's term in working days (its own, default two),
/// skipping the municipality's closing days; an external partner has two weeks (domain.md, Overdracht).
/// </summary>
internal static class Termijn
{
    public static readonly TimeSpan VoorPartners = TimeSpan.FromDays(14);

    private const string Sql = """
        select termijn_werkdagen from overdracht.team where code = @TeamCode;
        select datum from overdracht.sluitingsdag where datum between @Van and @Tot;
        """;

    public static Task<DateTimeOffset> VerlooptOpAsync(CommandSession session, string teamCode, string? partnerOrganisatie, DateTimeOffset aangeboden) =>
        VerlooptOpAsync(session.Connection, session.Transaction, teamCode, partnerOrganisatie, aangeboden);

    /// <summary>The same, on a connection of the caller's (a test's, or a query's).</summary>
    public static async Task<DateTimeOffset> VerlooptOpAsync(
        IDbConnection connection, IDbTransaction? transaction, string teamCode, string? partnerOrganisatie, DateTimeOffset aangeboden)
    {
        if (partnerOrganisatie is not null)
        {
            return aangeboden + VoorPartners;
        }

        // A term of at most 20 working days ends well within two months, closing days included.
        var van = NederlandseDag.Van(aangeboden);
        using var rijen = await connection.QueryMultipleAsync(Sql, new { TeamCode = teamCode, Van = van, Tot = van.AddMonths(2) }, transaction);
        var werkdagen = await rijen.ReadSingleAsync<int>();
        var sluitingsdagen = (await rijen.ReadAsync<DateOnly>()).ToHashSet();
        return Werkdagen.TermijnEinde(aangeboden, werkdagen, sluitingsdagen);
    }
}
