using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// Claims a command's <c>Idempotency-Key</c> inside the command's own transaction, so the key and what the command
/// made commit together or not at all. A second request with the key waits on the first one's row (the primary
/// key), then reads its result: the same request gets the same result, another request a 409.
/// </summary>
public sealed class IdempotentieBehavior<TRequest, TResponse>(
    Idempotentie idempotentie, CommandSession session, ActorContext actor, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || idempotentie.Neem() is not { } sleutel)
        {
            return await next();
        }

        var schema = session.Schema;
        var nu = clock.GetUtcNow();
        var sleutelRij = new
        {
            Client = $"{actor.Huidig.Soort}:{actor.Huidig.Id}",
            Sleutel = sleutel,
            Vingerafdruk = Vingerafdruk(request),
            Nu = nu,
            Grens = nu - Idempotentie.Bewaartermijn,
        };

        // An expired key counts as new; a few other expired keys go along, so the table stays small without a job.
        await session.ExecuteAsync(
            $"""
            delete from {schema}.idempotentie where client = @Client and sleutel = @Sleutel and aangemaakt_op < @Grens;
            delete from {schema}.idempotentie where (client, sleutel) in (
                select client, sleutel from {schema}.idempotentie where aangemaakt_op < @Grens limit 100 for update skip locked);
            """,
            sleutelRij);
        var geclaimd = await session.ExecuteAsync(
            $"""
            insert into {schema}.idempotentie (client, sleutel, vingerafdruk, aangemaakt_op)
            values (@Client, @Sleutel, @Vingerafdruk, @Nu) on conflict do nothing
            """,
            sleutelRij);
        if (geclaimd == 0)
        {
            var eerder = await session.QuerySingleOrDefaultAsync<(string Vingerafdruk, string? Resultaat)>(
                $"select vingerafdruk, resultaat::text from {schema}.idempotentie where client = @Client and sleutel = @Sleutel", sleutelRij);
            if (eerder.Vingerafdruk != sleutelRij.Vingerafdruk || eerder.Resultaat is null)
            {
                throw new ConflictException(
                    "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor een nieuw verzoek een nieuwe sleutel.");
            }

            idempotentie.Herhaald = true;
            return JsonSerializer.Deserialize<TResponse>(eerder.Resultaat)!;
        }

        var response = await next();
        await session.ExecuteAsync(
            $"update {schema}.idempotentie set resultaat = @Resultaat::jsonb where client = @Client and sleutel = @Sleutel",
            new { sleutelRij.Client, sleutelRij.Sleutel, Resultaat = JsonSerializer.Serialize(response) });
        return response;
    }

    // The bound request, serialised, is the canonical body: key order and white space do not matter, the values do.
    private static string Vingerafdruk(TRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            typeof(TRequest).FullName + "\n" + JsonSerializer.Serialize(request))));
}
