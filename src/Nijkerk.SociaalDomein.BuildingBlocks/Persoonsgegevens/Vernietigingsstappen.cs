using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

/// <summary>
/// One step of a module's vernietiging: a <c>delete</c> or <c>update</c> (without <c>returning</c>) that may use
/// <c>@Ids</c> (the inwoners), counted under <paramref name="Soort"/> as deleted or, when <paramref name="Anonimiseert"/>,
/// as anonymised.
/// </summary>
public sealed record Vernietigingsstap(string Soort, string Sql, bool Anonimiseert = false);

/// <summary>
/// Runs a module's vernietiging steps in the command's transaction, in the order given (children before parents), in
/// one round trip, and counts per kind what each step touched: the answer for the verklaring van vernietiging.
/// A step that finds nothing counts zero, so running it twice reports zeros the second time.
/// </summary>
public static class Vernietigingsstappen
{
    public static async Task<IReadOnlyList<VernietigdAantal>> VoerUitAsync(
        CommandSession session, IReadOnlyList<Guid> inwonerIds, IReadOnlyList<Vernietigingsstap> stappen, object? extra = null)
    {
        var sql = string.Join(";\n", stappen.Select(s => $"with geraakt as ({s.Sql} returning 1) select count(*)::int from geraakt"));
        var parameters = new DynamicParameters(extra);
        parameters.Add("Ids", inwonerIds.Distinct().ToArray());
        await using var resultaten = await session.Connection.QueryMultipleAsync(sql, parameters, session.Transaction);
        var aantallen = new List<VernietigdAantal>();
        foreach (var stap in stappen)
        {
            var aantal = await resultaten.ReadSingleAsync<int>();
            var index = aantallen.FindIndex(a => a.Soort == stap.Soort);
            var vorige = index < 0 ? new VernietigdAantal(stap.Soort, 0, 0) : aantallen[index];
            var nieuw = stap.Anonimiseert ? vorige with { Geanonimiseerd = vorige.Geanonimiseerd + aantal } : vorige with { Verwijderd = vorige.Verwijderd + aantal };
            if (index < 0)
            {
                aantallen.Add(nieuw);
            }
            else
            {
                aantallen[index] = nieuw;
            }
        }

        return aantallen;
    }
}
