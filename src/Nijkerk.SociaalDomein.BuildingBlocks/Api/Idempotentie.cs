using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Api;

/// <summary>
/// The <c>Idempotency-Key</c> of the current request, for the command it creates. An endpoint opts in with
/// <see cref="IdempotentieEndpoints.MetIdempotentie"/>; <see cref="Mediation.IdempotentieBehavior{TRequest,TResponse}"/>
/// then claims the key in the command's own transaction. See docs/adr/0009-idempotentie.md.
/// </summary>
public sealed class Idempotentie
{
    public const string Header = "Idempotency-Key";
    public const string HerhaaldHeader = "Idempotent-Replayed";
    public const int MaximaleLengte = 255;

    /// <summary>How long a key is honoured; an older key counts as new and its row is removed.</summary>
    public static readonly TimeSpan Bewaartermijn = TimeSpan.FromHours(24);

    private string? sleutel;

    /// <summary>
    /// Removes the keys older than <see cref="Bewaartermijn"/> from one module's schema: their stored result may hold
    /// personal data and is never honoured again (ADR 0030, the daily retention job).
    /// </summary>
    public static Task<int> OpschonenAsync(Npgsql.NpgsqlConnection connection, string schema, DateTimeOffset nu) =>
        Dapper.SqlMapper.ExecuteAsync(connection, $"delete from {schema}.idempotentie where aangemaakt_op < @Grens", new { Grens = nu - Bewaartermijn });

    /// <summary>True when the request repeated an earlier one: the result is the first one's, nothing new was made.</summary>
    public bool Herhaald { get; internal set; }

    public void Zet(string waarde) => sleutel = waarde;

    /// <summary>The key, once: a command that sends another command inside itself does not claim it twice.</summary>
    internal string? Neem()
    {
        var waarde = sleutel;
        sleutel = null;
        return waarde;
    }
}

/// <summary>Marks an endpoint that accepts <c>Idempotency-Key</c>, so the OpenAPI document can describe the header.</summary>
public sealed class IdempotentieMetadata;

public static class IdempotentieEndpoints
{
    /// <summary>
    /// Accepts an <c>Idempotency-Key</c> on this creating endpoint: a retry with the same key and the same body
    /// returns the first result, the same key with another body is a 409.
    /// </summary>
    public static RouteHandlerBuilder MetIdempotentie(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new IdempotentieMetadata())
        .ProducesProblem(StatusCodes.Status409Conflict)
        .AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var waarde = http.Request.Headers[Idempotentie.Header].ToString();
            if (waarde.Length == 0)
            {
                return await next(context);
            }

            if (waarde.Length > Idempotentie.MaximaleLengte || waarde.Any(c => c < 0x21 || c > 0x7E))
            {
                throw new ValidationException([new ValidationFailure("idempotencyKey",
                    $"De Idempotency-Key is ten hoogste {Idempotentie.MaximaleLengte} zichtbare ASCII-tekens, zonder spaties (bijvoorbeeld een UUID).")]);
            }

            var idempotentie = http.RequestServices.GetRequiredService<Idempotentie>();
            idempotentie.Zet(waarde);
            var resultaat = await next(context);
            if (idempotentie.Herhaald)
            {
                http.Response.Headers[Idempotentie.HerhaaldHeader] = "true";
            }

            return resultaat;
        });
}
