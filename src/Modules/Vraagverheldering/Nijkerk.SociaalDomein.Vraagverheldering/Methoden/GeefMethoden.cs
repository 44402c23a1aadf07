using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Methoden;

/// <summary>The methods the loket can map a situation with: each with its leefgebieden and the labels of its scale.</summary>
internal static class GeefMethoden
{
    [Vereist(Rechten.ReferentiegegevensLezen)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<Methode>>;

    public sealed record Methode(
        string Code, string Naam, bool Standaard, bool Actief, IReadOnlyList<MethodeLeefgebied> Leefgebieden, IReadOnlyList<Schaalwaarde> Schaal);

    public sealed record MethodeLeefgebied(string Code, string Naam, bool Actief);

    public sealed record Schaalwaarde(int Waarde, string Label);

    internal sealed class Handler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<Query, IReadOnlyList<Methode>>
    {
        private const string Sql = """
            select code as Code, naam as Naam, standaard as Standaard, actief as Actief from vraagverheldering.methode order by not standaard, naam;
            select methode as Methode, code as Code, naam as Naam, actief as Actief from vraagverheldering.leefgebied order by volgorde, code;
            select methode as Methode, waarde as Waarde, label as Label from vraagverheldering.methode_schaal order by waarde;
            """;

        public async Task<IReadOnlyList<Methode>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql);
            var methoden = (await results.ReadAsync<(string Code, string Naam, bool Standaard, bool Actief)>()).ToList();
            var leefgebieden = (await results.ReadAsync<(string Methode, string Code, string Naam, bool Actief)>()).ToLookup(l => l.Methode);
            var schalen = (await results.ReadAsync<(string Methode, int Waarde, string Label)>()).ToLookup(s => s.Methode);
            return [.. methoden.Select(m => new Methode(m.Code, m.Naam, m.Standaard, m.Actief,
                [.. leefgebieden[m.Code].Select(l => new MethodeLeefgebied(l.Code, l.Naam, l.Actief))],
                [.. schalen[m.Code].Select(s => new Schaalwaarde(s.Waarde, s.Label))]))];
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/methoden", async Task<Ok<Pagina<Methode>>> (IMediator mediator, CancellationToken ct) =>
            {
                var methoden = await mediator.Send(new Query(), ct);
                return TypedResults.Ok(new Pagina<Methode>(methoden.Count, null, null, methoden));
            })
            .WithName("geefMethoden")
            .WithTags("Vraagverheldering")
            .WithSummary("Geef de methoden met hun leefgebieden en schaal")
            .WithDescription("De methoden waarmee het loket de situatie in kaart brengt (standaard de Zelfredzaamheid-Matrix 2017), elk met " +
                "haar leefgebieden en de labels van haar schaal. Een nieuwe vraagverheldering begint met de standaardmethode.");
}
