using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Expertises;

/// <summary>Checks expertise codes against the reference list, for the validators of every slice that takes them.</summary>
internal static class ExpertiseCodes
{
    private const string Bekend = "select code from vraagverheldering.expertise where actief and code = any(@Codes)";

    public static async Task<IReadOnlyList<string>> OnbekendeAsync(ModuleDb<VraagverhelderingModule> db, IReadOnlyList<string>? codes, CancellationToken ct)
    {
        if (codes is not { Count: > 0 })
        {
            return [];
        }

        if (codes.Count > 20)
        {
            return ["Ten hoogste 20 expertises."];
        }

        await using var connection = await db.OpenAsync(ct);
        var bekend = (await connection.QueryAsync<string>(Bekend, new { Codes = codes.ToArray() })).ToHashSet();
        return [.. codes.Where(c => !bekend.Contains(c)).Distinct().Select(c => $"Onbekende expertise '{c}'; zie GET /api/v1/expertises.")];
    }
}
