using System.Text;
using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// The BSN itself, for identifying the inhabitant at the desk: a read of its own, with a right of its own
/// (<see cref="IntakeRechten.BsnInzien"/>), recorded in the audit log as such. Only in a response body, never in a URL.
/// </summary>
internal static class GeefBsn
{
    [Vereist(IntakeRechten.BsnInzien)]
    [Verwerking("BSN ingezien", IntakeDoelen.Intake)]
    public sealed record Query(Guid Id) : IRequest<BsnVanInwoner>, IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [Id];
    }

    /// <summary>The BSN, or null when none is known.</summary>
    public sealed record BsnVanInwoner(string? Bsn)
    {
        // Printed, e.g. in a debugger or a log of the result, it shows only that there is one.
        private bool PrintMembers(StringBuilder builder)
        {
            builder.Append($"Bsn = {Inwoners.Bsn.Verborgen(Bsn)}");
            return true;
        }
    }

    private sealed record Rij(Guid? SamengevoegdIn, string? Bsn)
    {
        private bool PrintMembers(StringBuilder builder)
        {
            builder.Append($"SamengevoegdIn = {SamengevoegdIn}, Bsn = {Inwoners.Bsn.Verborgen(Bsn)}");
            return true;
        }
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, BsnVanInwoner>
    {
        private const string Sql = "select samengevoegd_in as SamengevoegdIn, bsn as Bsn from intake.inwoner where id = @Id";

        public async Task<BsnVanInwoner> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            var rij = await connection.QuerySingleOrDefaultAsync<Rij>(Sql, query);
            if (rij is null || rij.SamengevoegdIn is not null)
            {
                throw GeefInwoner.NietGevonden(rij?.SamengevoegdIn);
            }

            return new BsnVanInwoner(rij.Bsn?.Trim());
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/inwoners/{id}/bsn", async Task<Ok<BsnVanInwoner>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var bsn = await mediator.Send(new Query(id), ct);
                response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(bsn);
            })
            .WithName("geefBsnVanInwoner")
            .WithTags("Inwoners")
            .WithSummary("Geef het BSN van een inwoner")
            .WithDescription("Het BSN van één inwoner, voor identificatie aan het loket; null als het niet bekend is. Vraagt het recht " +
                "inwoners:bsn-inzien en komt als 'BSN ingezien' in het verwerkingenlog. Het BSN staat alleen in de body, nooit in een URL.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
