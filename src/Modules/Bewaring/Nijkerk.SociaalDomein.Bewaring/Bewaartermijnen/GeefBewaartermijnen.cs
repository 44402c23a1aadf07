using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring.Bewaartermijnen;

/// <summary>Every bewaarcategorie with its term and where the term is taken from, in the order the categories are named.</summary>
internal static class GeefBewaartermijnen
{
    [Vereist(Rechten.BewaringBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<IReadOnlyList<Bewaartermijn>>;

    /// <summary>A term: <paramref name="Termijn"/> in <paramref name="Eenheid"/> ("jaren" or "maanden") after the dossier's last part closed.</summary>
    public sealed record Bewaartermijn(
        string Categorie, string Omschrijving, int Termijn, string Eenheid, string Bron, DateTimeOffset? GewijzigdOp, string? GewijzigdDoor)
    {
        /// <summary>The last day a part closed on <paramref name="afgesloten"/> is kept; from the day after it may go.</summary>
        public DateOnly LaatsteBewaardag(DateOnly afgesloten) =>
            Eenheid == Eenheden.Maanden ? afgesloten.AddMonths(Termijn) : afgesloten.AddYears(Termijn);

        public string Weergave => $"{Termijn} {(Eenheid == Eenheden.Maanden ? (Termijn == 1 ? "maand" : "maanden") : "jaar")}";
    }

    internal sealed class Handler(ModuleDb<BewaringModule> db) : IRequestHandler<Query, IReadOnlyList<Bewaartermijn>>
    {
        public async Task<IReadOnlyList<Bewaartermijn>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            return await LeesAsync(connection);
        }
    }

    internal static async Task<IReadOnlyList<Bewaartermijn>> LeesAsync(Npgsql.NpgsqlConnection connection)
    {
        var rijen = await connection.QueryAsync<Bewaartermijn>(
            """
            select categorie as Categorie, omschrijving as Omschrijving, termijn as Termijn, eenheid as Eenheid, bron as Bron,
                   gewijzigd_op as GewijzigdOp, gewijzigd_door as GewijzigdDoor
            from bewaring.bewaartermijn
            """);
        return [.. rijen.OrderBy(r => Volgorde(r.Categorie)).ThenBy(r => r.Categorie, StringComparer.Ordinal)];
    }

    private static int Volgorde(string categorie)
    {
        var i = BuildingBlocks.Bewaring.Bewaarcategorieen.Alle.ToList().IndexOf(categorie);
        return i < 0 ? int.MaxValue : i;
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/bewaartermijnen", async Task<Ok<IReadOnlyList<Bewaartermijn>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(), ct)))
            .WithName("geefBewaartermijnen")
            .WithTags("Bewaring")
            .WithSummary("Alle bewaartermijnen")
            .WithDescription(
                "Per bewaarcategorie hoe lang een dossier na het afsluiten van zijn laatste deel bewaard blijft (termijn in eenheid jaren of maanden), " +
                "en waar die termijn vandaan komt (bron). Alleen voor de functioneel beheerder.");
}

/// <summary>The units a term is counted in.</summary>
internal static class Eenheden
{
    public const string Jaren = "jaren";
    public const string Maanden = "maanden";
    public static readonly IReadOnlyList<string> Alle = [Jaren, Maanden];
}
