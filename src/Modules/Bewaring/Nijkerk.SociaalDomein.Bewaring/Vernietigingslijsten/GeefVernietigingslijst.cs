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

namespace Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten;

/// <summary>
/// One vernietigingslijst: per category and month of closing how many dossiers, who judged it and why, and once it ran,
/// per module what was destroyed: together the verklaring van vernietiging. No personal data of inwoners.
/// </summary>
internal static class GeefVernietigingslijst
{
    [Vereist(Rechten.BewaringBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Query(Guid Id) : IRequest<Vernietigingslijst>;

    public sealed record Vernietigingslijst(
        Guid Id, string Status, DateTimeOffset VoorgesteldOp, DateOnly Peildatum, int AantalDossiers,
        string? BeoordeeldDoor, DateTimeOffset? BeoordeeldOp, string? Reden, DateTimeOffset? UitgevoerdOp,
        IReadOnlyList<Lijstregel> Regels, IReadOnlyList<Uitvoering> Uitvoering);

    /// <summary>
    /// Dossiers of <paramref name="Categorie"/> (described as the bewaartermijnen page describes it) whose part closed in the
    /// month that starts on <paramref name="AfgeslotenIn"/>.
    /// </summary>
    public sealed record Lijstregel(string Categorie, string Omschrijving, DateOnly AfgeslotenIn, int AantalDossiers);

    /// <summary>What one module destroyed of this list, per kind.</summary>
    public sealed record Uitvoering(string Module, string Soort, int Verwijderd, int Geanonimiseerd);

    private sealed record Kop(
        Guid Id, string Status, DateTimeOffset VoorgesteldOp, DateOnly Peildatum, int AantalDossiers,
        string? BeoordeeldDoor, DateTimeOffset? BeoordeeldOp, string? Reden, DateTimeOffset? UitgevoerdOp);

    internal sealed class Handler(ModuleDb<BewaringModule> db) : IRequestHandler<Query, Vernietigingslijst>
    {
        private const string Sql = """
            select id as Id, status as Status, voorgesteld_op as VoorgesteldOp, peildatum as Peildatum, aantal_dossiers as AantalDossiers,
                   beoordeeld_door_naam as BeoordeeldDoor, beoordeeld_op as BeoordeeldOp, reden as Reden, uitgevoerd_op as UitgevoerdOp
            from bewaring.vernietigingslijst where id = @Id;
            select r.categorie as Categorie, coalesce(t.omschrijving, r.categorie) as Omschrijving, r.afgesloten_in as AfgeslotenIn,
                   r.aantal_dossiers as AantalDossiers
            from bewaring.lijstregel r left join bewaring.bewaartermijn t using (categorie)
            where r.lijst_id = @Id order by r.categorie, r.afgesloten_in;
            select a.module as Module, a.soort as Soort, a.verwijderd as Verwijderd, a.geanonimiseerd as Geanonimiseerd
            from bewaring.uitvoering_aantal a join bewaring.uitvoering u using (lijst_id, module)
            where a.lijst_id = @Id order by u.uitgevoerd_op, a.module, a.soort;
            """;

        public async Task<Vernietigingslijst> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, new { query.Id });
            var kop = await results.ReadSingleOrDefaultAsync<Kop>() ?? throw new NietGevondenException("Er is geen vernietigingslijst met deze id.");
            var regels = (await results.ReadAsync<Lijstregel>()).ToList();
            var uitvoering = (await results.ReadAsync<Uitvoering>()).ToList();
            return new Vernietigingslijst(
                kop.Id, kop.Status, kop.VoorgesteldOp, kop.Peildatum, kop.AantalDossiers, kop.BeoordeeldDoor, kop.BeoordeeldOp, kop.Reden,
                kop.UitgevoerdOp, regels, uitvoering);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/vernietigingslijsten/{id}", async Task<Ok<Vernietigingslijst>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefVernietigingslijst")
            .WithTags("Bewaring")
            .WithSummary("Een vernietigingslijst met de verklaring van vernietiging")
            .WithDescription(
                "Per bewaarcategorie en maand van afsluiten hoeveel dossiers op de lijst staan, wie de lijst beoordeelde, wanneer en waarom, " +
                "en na uitvoering per module wat werd verwijderd of geanonimiseerd (de verklaring van vernietiging). Zonder persoonsgegevens.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
