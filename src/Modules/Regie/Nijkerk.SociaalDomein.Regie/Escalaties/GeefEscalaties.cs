using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>
/// The ijsbreker's escalations: the open ones (those that went to him first), or the handled ones; each with its
/// aanleiding and reden, the regisseur to call, his decisions and what was spent. Nothing of the plan's doelen or acties:
/// the ijsbreker opens the plan for that, and sees there what the whole plan team sees.
/// </summary>
internal static class GeefEscalaties
{
    [Vereist(RegieRechten.EscalatiesBehandelen)]
    [Verwerking("Escalaties van ondersteuningsplannen ingezien", RegieDoelen.Regie)]
    public sealed record Query(string? Status, Paginering Paginering, Guid? Id = null) : IRequest<Resultaten<Escalatie>>;

    public sealed record Escalatie(
        Guid Id, Guid PlanId, string Aanleiding, string Reden, string Status, DateTimeOffset GeescaleerdOp, string GeescaleerdDoor,
        IReadOnlyList<string> Ijsbrekers, bool AanMij, bool NiemandVanDienst, string Regisseur, string RegisseurTelefoon,
        IReadOnlyList<Besluit> Besluiten, IReadOnlyList<Uitgave> Uitgaven, DateTimeOffset? AfgehandeldOp, string? Afhandeling) : IBetreftPersonen
    {
        [JsonIgnore]
        public IReadOnlyList<Guid> Leden { get; init; } = [];

        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l);
    }

    public sealed record Besluit(Guid Id, string Tekst, DateTimeOffset Op, string Door);

    public sealed record Uitgave(
        Guid Id, decimal Bedrag, string Doel, string Reden, string Status, string? BetaaldUit, DateTimeOffset GedaanOp, string Door,
        string? GoedgekeurdDoor, DateTimeOffset? GoedgekeurdOp);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Status).EenVan([Escalatiecodes.Open, Escalatiecodes.Afgehandeld]).WithMessage("Onbekende status; kies open of afgehandeld.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<RegieModule> db, ActorContext actor) : IRequestHandler<Query, Resultaten<Escalatie>>
    {
        // One escalatie by its id, or the list of one status.
        private static string Sql(Query query)
        {
            var waar = new Voorwaarden().Als(query.Id is not null, "e.id = @Id").Als(query.Id is null, "e.status = @Status");
            return $"""
                select count(*)::int from regie.escalatie e where {waar};
                select e.id as Id, e.plan_id as PlanId, e.aanleiding as Aanleiding, e.reden as Reden, e.status as Status, e.geescaleerd_op as GeescaleerdOp,
                       case when e.door_organisatie is null then e.door_naam else e.door_naam || ' (' || e.door_organisatie || ')' end as GeescaleerdDoor,
                       e.ijsbreker_namen as Ijsbrekers, (@Ik = any(e.ijsbreker_ids)) as AanMij, e.niemand_van_dienst as NiemandVanDienst,
                       p.regisseur_naam as Regisseur, p.regisseur_telefoon as RegisseurTelefoon, e.afgehandeld_op as AfgehandeldOp, e.afhandeling as Afhandeling,
                       array(select l.inwoner_id from regie.huishouden_lid l where l.huishouden_id = p.huishouden_id and l.tot is null) as Leden
                from regie.escalatie e join regie.plan p on p.id = e.plan_id
                where {waar}
                order by (@Ik = any(e.ijsbreker_ids)) desc, e.geescaleerd_op, e.id
                limit @Limiet offset @Offset;
                """;
        }

        private const string Details = """
            select escalatie_id as EscalatieId, id as Id, besluit as Tekst, op as Op, door_naam as Door from regie.escalatie_besluit
            where escalatie_id = any(@Ids) order by op, id;
            select escalatie_id as EscalatieId, id as Id, bedrag as Bedrag, doel as Doel, reden as Reden, status as Status, betaald_uit as BetaaldUit,
                   gedaan_op as GedaanOp, door_naam as Door, goedgekeurd_door_naam as GoedgekeurdDoor, goedgekeurd_op as GoedgekeurdOp
            from regie.ijsbreker_uitgave where escalatie_id = any(@Ids) order by gedaan_op, id;
            """;

        public async Task<Resultaten<Escalatie>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            var parameters = new { query.Id, Status = query.Status ?? Escalatiecodes.Open, Ik = actor.Huidig.Id, Limiet = query.Paginering.PaginaGrootte, query.Paginering.Offset };
            await using var rijen = await connection.QueryMultipleAsync(Sql(query), parameters);
            var totaal = await rijen.ReadSingleAsync<int>();
            var lijst = (await rijen.ReadAsync<Rij>()).ToList();
            if (query.Id is not null && lijst.Count == 0)
            {
                throw new NietGevondenException("Er is geen escalatie met deze id.");
            }

            var ids = lijst.Select(r => r.Id).ToArray();
            await using var details = await connection.QueryMultipleAsync(Details, new { Ids = ids });
            var besluiten = (await details.ReadAsync<BesluitRij>()).ToLookup(b => b.EscalatieId);
            var uitgaven = (await details.ReadAsync<UitgaveRij>()).ToLookup(u => u.EscalatieId);
            return new Resultaten<Escalatie>(totaal, [.. lijst.Select(r => new Escalatie(
                r.Id, r.PlanId, r.Aanleiding, r.Reden, r.Status, r.GeescaleerdOp, r.GeescaleerdDoor, r.Ijsbrekers, r.AanMij, r.NiemandVanDienst,
                r.Regisseur, r.RegisseurTelefoon,
                [.. besluiten[r.Id].Select(b => new Besluit(b.Id, b.Tekst, b.Op, b.Door))],
                [.. uitgaven[r.Id].Select(u => new Uitgave(u.Id, u.Bedrag, u.Doel, u.Reden, u.Status, u.BetaaldUit, u.GedaanOp, u.Door, u.GoedgekeurdDoor, u.GoedgekeurdOp))],
                r.AfgehandeldOp, r.Afhandeling) { Leden = r.Leden })]);
        }

        // A class, not a positional record: on an empty page Npgsql names the array columns' type System.Array, which no
        // constructor matches.
        private sealed class Rij
        {
            public Guid Id { get; init; }
            public Guid PlanId { get; init; }
            public string Aanleiding { get; init; } = "";
            public string Reden { get; init; } = "";
            public string Status { get; init; } = "";
            public DateTimeOffset GeescaleerdOp { get; init; }
            public string GeescaleerdDoor { get; init; } = "";
            public string[] Ijsbrekers { get; init; } = [];
            public bool AanMij { get; init; }
            public bool NiemandVanDienst { get; init; }
            public string Regisseur { get; init; } = "";
            public string RegisseurTelefoon { get; init; } = "";
            public DateTimeOffset? AfgehandeldOp { get; init; }
            public string? Afhandeling { get; init; }
            public Guid[] Leden { get; init; } = [];
        }

        private sealed record BesluitRij(Guid EscalatieId, Guid Id, string Tekst, DateTimeOffset Op, string Door);

        private sealed record UitgaveRij(
            Guid EscalatieId, Guid Id, decimal Bedrag, string Doel, string Reden, string Status, string? BetaaldUit, DateTimeOffset GedaanOp, string Door,
            string? GoedgekeurdDoor, DateTimeOffset? GoedgekeurdOp);
    }

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/escalaties", async Task<Ok<Pagina<Escalatie>>> (
                string? status, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                return TypedResults.Ok(Pagina<Escalatie>.Van(await mediator.Send(new Query(status, paginering), ct), paginering, request));
            })
            .WithName("geefEscalaties")
            .WithTags("Regie")
            .WithSummary("Escalaties voor de ijsbreker")
            .WithDescription(
                "De open escalaties (status=open, standaard) of de afgehandelde (status=afgehandeld), die aan u eerst (aanMij), dan de " +
                "langst wachtende: aanleiding, reden, wie escaleerde, de regisseur, de besluiten en de uitgaven. Niets uit de doelen of acties " +
                "van het plan. Alleen voor ijsbrekers.")
            .ProducesValidationProblem();
        api.MapGet("/escalaties/{id}", async Task<Ok<Escalatie>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new Query(null, Paginering.Van(1, 1), id), ct)).Items[0]))
            .WithName("geefEscalatie")
            .WithTags("Regie")
            .WithSummary("Eén escalatie")
            .WithDescription("Eén escalatie, open of afgehandeld, met besluiten en uitgaven. Alleen voor ijsbrekers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
