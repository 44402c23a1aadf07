using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>Who is handling an aanmelding and since when.</summary>
internal static class GeefBehandelaar
{
    [Vereist(IntakeRechten.AanmeldingenLezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(Guid AanmeldingId) : IRequest<Behandelaar>;

    /// <summary><see cref="Id"/> is the colleague's account or API client id; all three are null when nobody has it.</summary>
    public sealed record Behandelaar(Guid AanmeldingId, string? Id, string? Naam, DateTimeOffset? Sinds);

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, Behandelaar>
    {
        private const string Sql = """
            select id as AanmeldingId, behandelaar_id as Id, behandelaar_naam as Naam, behandelaar_sinds as Sinds
            from intake.aanmelding
            where id = @AanmeldingId
            """;

        public async Task<Behandelaar> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return await connection.QuerySingleOrDefaultAsync<Behandelaar>(Sql, new { query.AanmeldingId })
                ?? throw new NietGevondenException("Er is geen aanmelding met deze id.");
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/aanmeldingen/{id}/behandelaar", async Task<Ok<Behandelaar>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefBehandelaar")
            .WithTags("Aanmeldingen")
            .WithSummary("Geef de behandelaar van een aanmelding")
            .WithDescription("Wie de aanmelding in behandeling heeft en sinds wanneer; leeg (null) als zij vrij is.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
