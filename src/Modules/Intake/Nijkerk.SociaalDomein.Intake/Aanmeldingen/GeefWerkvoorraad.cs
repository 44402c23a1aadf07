using Dapper;
using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>
/// The loket's werkvoorraad: open aanmeldingen by urgentie (crisis, hoog, normaal), then oldest first; filtered by
/// kanaal, bron and who has them (vrij, door mij, door een collega). A doorgezette aanmelding is back in it while one of
/// its overdrachten waits for the loket: laid back (until routed anew or closed) or expired at a team (until accepted);
/// within its urgentie it stands before the new ones (ADR 0020).
/// </summary>
internal static class GeefWerkvoorraad
{
    public const string Vrij = "vrij";
    public const string DoorMij = "mij";
    public const string DoorCollega = "collega";

    public const string Teruggelegd = "teruggelegd";
    public const string Verlopen = "verlopen";

    /// <summary>The filter on what became of the overdrachten: only the laid-back ones, or only the expired ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> Overdrachtfilters = new Dictionary<string, string>
    {
        [Teruggelegd] = "Teruggelegd door een team",
        [Verlopen] = "Overdracht verlopen",
    };

    public static readonly IReadOnlyDictionary<string, string> Behandelaars = new Dictionary<string, string>
    {
        [Vrij] = "Vrij",
        [DoorMij] = "Door mij",
        [DoorCollega] = "Door een collega",
    };

    [Vereist(IntakeRechten.AanmeldingenBehandelen)]
    [Verwerking("Werkvoorraad van het loket ingezien", IntakeDoelen.Intake)]
    public sealed record Query(string? Kanaal, string? Bron, string? Behandelaar, Paginering Paginering, string? Overdracht = null) : IRequest<Resultaten<Regel>>;

    public sealed record Regel(
        Guid Id, string Kanaal, string Bron, string Vraag, Guid? InwonerId, string Urgentie, DateTimeOffset GeregistreerdOp,
        string? BehandelaarId, string? BehandelaarNaam, DateTimeOffset? BehandelaarSinds, string Status) : IBetreftPersonen
    {
        /// <summary>The kastje-muur count and what waits for the loket (set after reading, from Intake's overdracht rows).</summary>
        public Overdrachtstand Overdrachten { get; init; } = Overdrachtstanden.Geen;

        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Kanaal).EenVan(Keuzes.Kanalen.Keys)
                .WithMessage($"Onbekend kanaal; kies uit: {Keuzes.Opsomming(Keuzes.Kanalen)}.");
            RuleFor(q => q.Bron).EenVan(Keuzes.Bronnen.Keys)
                .WithMessage($"Onbekende bron; kies uit: {Keuzes.Opsomming(Keuzes.Bronnen)}.");
            RuleFor(q => q.Behandelaar).EenVan(Behandelaars.Keys)
                .WithMessage($"Onbekende keuze; kies uit: {Keuzes.Opsomming(Behandelaars)}.");
            RuleFor(q => q.Overdracht).EenVan(Overdrachtfilters.Keys)
                .WithMessage($"Onbekende keuze; kies uit: {Keuzes.Opsomming(Overdrachtfilters)}.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db, ActorContext actor) : IRequestHandler<Query, Resultaten<Regel>>
    {
        private const string Kolommen = """
            id as Id, kanaal as Kanaal, bron as Bron, vraag as Vraag, inwoner_id as InwonerId, urgentie as Urgentie,
            geregistreerd_op as GeregistreerdOp, behandelaar_id as BehandelaarId, behandelaar_naam as BehandelaarNaam,
            behandelaar_sinds as BehandelaarSinds, status as Status
            """;

        private const string Volgorde = "array_position(array['crisis', 'hoog', 'normaal'], urgentie), status = 'open', geregistreerd_op, id";

        private static string Sql(Query query)
        {
            var waar = new Voorwaarden($"a.status = 'open' or {Overdrachtstanden.WachtOpLoket}")
                .Als(query.Overdracht == Teruggelegd, Overdrachtstanden.AlleenTeruggelegd)
                .Als(query.Overdracht == Verlopen, Overdrachtstanden.AlleenVerlopen)
                .Als(query.Kanaal is not null, "kanaal = @Kanaal")
                .Als(query.Bron is not null, "bron = @Bron")
                .Als(query.Behandelaar == Vrij, "behandelaar_id is null")
                .Als(query.Behandelaar == DoorMij, "behandelaar_id = @Ik")
                .Als(query.Behandelaar == DoorCollega, "behandelaar_id <> @Ik");
            return $"""
                select count(*) from intake.aanmelding a where {waar};
                select {Kolommen} from intake.aanmelding a where {waar}
                order by {Volgorde}
                limit @Limiet offset @Offset
                """;
        }

        public async Task<Resultaten<Regel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql(query), new
            {
                query.Kanaal,
                query.Bron,
                Ik = actor.Huidig.Id,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            var regels = (await results.ReadAsync<Regel>()).ToList();
            var standen = await Overdrachtstanden.LeesAsync(connection, [.. regels.Select(r => r.Id)]);
            return new Resultaten<Regel>(totaal, [.. regels.Select(r => r with { Overdrachten = standen[r.Id] })]);
        }
    }
}
