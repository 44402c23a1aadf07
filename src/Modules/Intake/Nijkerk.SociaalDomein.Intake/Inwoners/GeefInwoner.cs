using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

internal static class GeefInwoner
{
    [Vereist(Rechten.InwonersLezen)]
    [Verwerking("Gegevens van de inwoner ingezien", Doelen.Intake)]
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
        DateTimeOffset GeregistreerdOp);

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, Inwoner>
    {
        private const string Sql = """
            select id as Id, voornamen as Voornamen, voorvoegsel as Voorvoegsel, achternaam as Achternaam,
                   geboortedatum as Geboortedatum, straat as Straat, huisnummer as Huisnummer,
                   huisnummer_toevoeging as HuisnummerToevoeging, postcode as Postcode, woonplaats as Woonplaats,
                   bsn is not null as BsnBekend, geregistreerd_op as GeregistreerdOp
            from intake.inwoner
            where id = @Id
            """;

        public async Task<Inwoner> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return await connection.QuerySingleOrDefaultAsync<Inwoner>(Sql, query)
                ?? throw new NietGevondenException("Er is geen inwoner met deze id.");
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/inwoners/{id:guid}", async Task<Ok<Inwoner>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefInwoner")
            .WithTags("Inwoners")
            .WithSummary("Geef een inwoner")
            .WithDescription("De gegevens van één inwoner. Het BSN zelf wordt nooit teruggegeven, alleen of het bekend is.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
