using System.Security.Cryptography;
using System.Text;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>An API client as stored; the key itself is not.</summary>
public sealed record ApiClient(Guid Id, string Naam, string SleutelBegin, string[] Scopes, string? Organisatie, DateTimeOffset AangemaaktOp, DateTimeOffset? IngetrokkenOp);

/// <summary>
/// Makes, finds and revokes API keys. A key is 32 random bytes; only its SHA-256 is stored (a key has far more
/// entropy than a password, so a slow hash adds nothing). A found key is held in memory by that hash for a short
/// while (<see cref="Toegangsgeheugen"/>); revoking or changing it makes every host forget it at once.
/// </summary>
public sealed class ApiSleutels(ModuleDb<ToegangModule> db, TimeProvider clock, Toegangsgeheugen geheugen)
{
    public const string Voorvoegsel = "nsd_";

    private const string Kolommen = """
        id as Id, naam as Naam, sleutel_begin as SleutelBegin, scopes as Scopes, organisatie as Organisatie,
        aangemaakt_op as AangemaaktOp, ingetrokken_op as IngetrokkenOp
        """;

    /// <summary>Makes a key; the returned key is shown once and cannot be recovered.</summary>
    public async Task<(Guid Id, string Sleutel)> MaakAsync(string naam, IEnumerable<string> scopes, string? organisatie, string? sleutel = null)
    {
        sleutel ??= Voorvoegsel + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var id = Guid.CreateVersion7();
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            """
            insert into toegang.api_client (id, naam, sleutel_hash, sleutel_begin, scopes, organisatie, aangemaakt_op)
            values (@id, @naam, @hash, @begin, @scopes, @organisatie, @nu)
            """,
            new { id, naam, hash = Hash(sleutel), begin = sleutel[..Math.Min(8, sleutel.Length)], scopes = scopes.ToArray(), organisatie, nu = clock.GetUtcNow() });
        return (id, sleutel);
    }

    public Task<ApiClient?> ZoekAsync(string sleutel)
    {
        var hash = Hash(sleutel);
        return geheugen.SleutelAsync(hash, async () =>
        {
            await using var connection = await db.OpenAsync(CancellationToken.None);
            return await connection.QuerySingleOrDefaultAsync<ApiClient>(
                $"select {Kolommen} from toegang.api_client where sleutel_hash = @hash and ingetrokken_op is null", new { hash });
        });
    }

    public async Task<IReadOnlyList<ApiClient>> AlleAsync()
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<ApiClient>($"select {Kolommen} from toegang.api_client order by ingetrokken_op nulls first, naam")];
    }

    public async Task TrekInAsync(Guid id)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "update toegang.api_client set ingetrokken_op = @nu where id = @id and ingetrokken_op is null", new { id, nu = clock.GetUtcNow() });
        // The other hosts hear it from the database (migration 0002); this one does not wait for that.
        geheugen.VergeetSleutel(id);
    }

    private static byte[] Hash(string sleutel) => SHA256.HashData(Encoding.UTF8.GetBytes(sleutel));
}
