using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Npgsql;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

internal static class GeefInwoner
{
    [Vereist(IntakeRechten.InwonersLezen)]
    [Verwerking("Gegevens van de inwoner ingezien", IntakeDoelen.Intake)]
    public sealed record Query(Guid Id) : IRequest<Inwoner>, IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [Id];
    }

    /// <summary>A person as the desk sees him. The BSN itself is never answered; only whether one is known.</summary>
    public sealed record Inwoner(
        Guid Id,
        string Voornamen,
        string? Voorvoegsel,
        string Achternaam,
        DateOnly Geboortedatum,
        string? Straat,
        int? Huisnummer,
        string? HuisnummerToevoeging,
        string? Postcode,
        string? Woonplaats,
        bool BsnBekend,
        DateTimeOffset GeregistreerdOp,
        string? Kern,
        string? Telefoon,
        string? Email,
        string? Voorkeurskanaal,
        string? Taal,
        string? Ondersteuningsbehoefte,
        string? GeregistreerdDoor,
        DateTimeOffset? GewijzigdOp,
        string? GewijzigdDoor,
        int Versie);

    internal sealed class Handler(ModuleDb<IntakeModule> db, Leesaudit audit) : IRequestHandler<Query, Inwoner>
    {
        private const string Sql = """
            select id as Id, voornamen as Voornamen, voorvoegsel as Voorvoegsel, achternaam as Achternaam,
                   geboortedatum as Geboortedatum, straat as Straat, huisnummer as Huisnummer,
                   huisnummer_toevoeging as HuisnummerToevoeging, postcode as Postcode, woonplaats as Woonplaats,
                   bsn is not null as BsnBekend, geregistreerd_op as GeregistreerdOp, kern as Kern, telefoon as Telefoon,
                   email as Email, voorkeurskanaal as Voorkeurskanaal, taal as Taal, ondersteuningsbehoefte as Ondersteuningsbehoefte,
                   geregistreerd_door as GeregistreerdDoor, gewijzigd_op as GewijzigdOp, gewijzigd_door as GewijzigdDoor, versie as Versie
            from intake.inwoner
            where id = $1 and samengevoegd_in is null
            """;

        // The audit row only for a person the read will show (a merged or unknown id is answered with 404 and shows nobody).
        private const string Getoond = "exists (select 1 from intake.inwoner i where i.id = t.persoon_id and i.samengevoegd_in is null)";

        private const string Samengevoegd = "select samengevoegd_in from intake.inwoner where id = @Id";

        public async Task<Inwoner> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            Inwoner? inwoner;
            // The audit row first, then the read, in one round trip and one implicit transaction (ADR 0024): when the row
            // fails, the read does not run and the batch throws.
            await using (var batch = new NpgsqlBatch(connection))
            {
                var metAudit = audit.VoorLezen(batch, Getoond);
                batch.BatchCommands.Add(new NpgsqlBatchCommand(Sql) { Parameters = { new NpgsqlParameter { Value = query.Id } } });
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
                if (metAudit)
                {
                    await reader.NextResultAsync(cancellationToken);
                }

                inwoner = reader.Parse<Inwoner>().SingleOrDefault();
                // To the end of the batch before answering, so no error after the read goes unseen.
                while (await reader.NextResultAsync(cancellationToken))
                {
                    continue;
                }
            }

            return inwoner ?? throw NietGevonden(await connection.QuerySingleOrDefaultAsync<Guid?>(Samengevoegd, query));
        }
    }

    /// <summary>
    /// A merged record is not shown any more: 404, with the id of the record it went up in (samengevoegdIn), so a
    /// caller who kept the old id finds the person.
    /// </summary>
    internal static NietGevondenException NietGevonden(Guid? samengevoegdIn) =>
        samengevoegdIn is { } behouden
            ? new NietGevondenException("Deze inwoner is samengevoegd met een andere inwoner; gebruik samengevoegdIn.")
            {
                Extra = new Dictionary<string, object?> { ["samengevoegdIn"] = behouden },
            }
            : new NietGevondenException("Er is geen inwoner met deze id.");

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/inwoners/{id}", async Task<Ok<Inwoner>> (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var inwoner = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, inwoner.Versie);
                return TypedResults.Ok(inwoner);
            })
            .WithName("geefInwoner")
            .WithTags("Inwoners")
            .WithSummary("Geef een inwoner")
            .WithDescription("De gegevens van één inwoner, met de versie als ETag (stuur die terug in If-Match bij wijzigen). Het BSN zelf wordt " +
                "nooit teruggegeven, alleen of het bekend is (bsnBekend). Een samengevoegde inwoner geeft 404 met samengevoegdIn: de id van de " +
                "inwoner waarin hij is opgegaan.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
