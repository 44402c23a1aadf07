using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

/// <summary>
/// Finds help on the sociale kaart: Dutch full text (stemmed, prefix, accents ignored, the name weighing above the
/// description), falling back to a trigram match on the name for typos, combined with filters, best match first.
/// </summary>
internal static class ZoekVoorzieningen
{
    [Vereist(SocialeKaartRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(
        string? Zoek, string? Leefgebied, string? Doelgroep, string? Kern, bool? Kosteloos, DateOnly? OpenOp, Paginering Paginering)
        : IRequest<Resultaten<VoorzieningRegel>>;

    public sealed record VoorzieningRegel(
        Guid Id, string Naam, string Organisatie, string Omschrijving, string[] Leefgebieden, string[] Doelgroepen, bool Kosteloos,
        string Soort, string[] Kernen);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Zoek).MaximumLength(200).WithMessage("Een zoekvraag is ten hoogste 200 tekens.");
            RuleFor(q => q.Kern).EenVan(Keuzes.Kernen)
                .WithMessage($"Onbekende kern; kies uit: {string.Join(", ", Keuzes.Kernen)}.");
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<SocialeKaartModule> db) : IRequestHandler<Query, Resultaten<VoorzieningRegel>>
    {
        // Full text first: stemmed prefixes already find compounds ("schulden" finds "schuldhulpverlening") and use
        // the GIN index cheaply. Only when that finds nothing does the trigram match on the name run, for typos
        // and parts inside a word; it costs several times more on a large kaart.
        private const string TsQuery = "(to_tsquery('sociale_kaart.nederlands', @Tsquery) || to_tsquery('sociale_kaart.eenvoudig', @Tsquery))";
        private const string Tekst = "v.zoekvector @@ " + TsQuery;
        private const string TekstRang = "ts_rank_cd(v.zoekvector, " + TsQuery + ")";
        private const string Trigram = "sociale_kaart.zonder_accenten(@Zoek) operator(sociale_kaart.<%) v.zoeknaam";
        private const string TrigramRang = "sociale_kaart.word_similarity(sociale_kaart.zonder_accenten(@Zoek), v.zoeknaam)";

        // Only the filters given are in the statement, so the planner never weighs branches that cannot apply. The
        // kernen come from the voorziening's own column (kept by triggers, migration 0006): no join for the filter.
        private const string LeefgebiedFilter = " and v.leefgebieden @> array[@Leefgebied::text]";
        private const string DoelgroepFilter = " and v.doelgroepen @> array[@Doelgroep::text]";
        private const string KosteloosFilter = " and v.kosteloos = @Kosteloos";
        private const string KernFilter = " and v.kernen @> array[@Kern::text]";
        private const string OpenFilter = " and exists (select 1 from sociale_kaart.openingstijd t where t.voorziening_id = v.id and t.weekdag = @Weekdag";
        private const string OpenInKernFilter = " and (t.locatie_id is null or t.locatie_id in (select id from sociale_kaart.locatie where kern = @Kern))";
        private const string NietGeslotenFilter = ") and not exists (select 1 from sociale_kaart.sluitingsdag s where s.voorziening_id = v.id and s.datum = @OpenOp)";

        public async Task<Resultaten<VoorzieningRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var tsquery = Zoekvraag.NaarTsquery(query.Zoek);
            var parameters = new
            {
                Tsquery = tsquery,
                Zoek = tsquery is null ? null : query.Zoek,
                query.Leefgebied,
                query.Doelgroep,
                query.Kern,
                query.Kosteloos,
                query.OpenOp,
                Weekdag = query.OpenOp is { } dag ? (int?)(((int)dag.DayOfWeek + 6) % 7 + 1) : null,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            };
            var filters = FiltersVoor(query);
            await using var connection = await db.OpenAsync(cancellationToken);
            if (tsquery is null)
            {
                return await ZoekAsync(connection, "true", "0::real", filters, parameters);
            }

            var gevonden = await ZoekAsync(connection, Tekst, TekstRang, filters, parameters);
            return gevonden.Totaal > 0 || query.Paginering.Pagina > 1
                ? gevonden
                : await ZoekAsync(connection, Trigram, TrigramRang, filters, parameters);
        }

        private static string FiltersVoor(Query query) =>
            (query.Leefgebied is null ? "" : LeefgebiedFilter)
            + (query.Doelgroep is null ? "" : DoelgroepFilter)
            + (query.Kosteloos is null ? "" : KosteloosFilter)
            + (query.Kern is null ? "" : KernFilter)
            + (query.OpenOp is null ? "" : OpenFilter + (query.Kern is null ? "" : OpenInKernFilter) + NietGeslotenFilter);

        // The fragments are this class's own constants; every value the caller gives is a parameter. The matches are
        // ranked and counted on the voorziening alone; only the page's rows are joined to their organisatie.
        private static async Task<Resultaten<VoorzieningRegel>> ZoekAsync(
            Npgsql.NpgsqlConnection connection, string match, string rang, string filters, object parameters)
        {
            var rijen = (await connection.QueryAsync<Rij>(
                $"""
                with treffers as (
                    select v.id, {rang} as rang, v.naam, count(*) over () as totaal
                    from sociale_kaart.voorziening v
                    where v.gearchiveerd_op is null and {match}{filters}
                    order by rang desc, v.naam, v.id
                    limit @Limiet offset @Offset)
                select v.id as Id, v.naam as Naam, o.naam as Organisatie, v.omschrijving as Omschrijving, v.leefgebieden as Leefgebieden,
                       v.doelgroepen as Doelgroepen, v.kosteloos as Kosteloos, v.soort as Soort, v.kernen as Kernen, t.totaal as Totaal
                from treffers t
                join sociale_kaart.voorziening v on v.id = t.id
                join sociale_kaart.organisatie o on o.id = v.organisatie_id
                order by t.rang desc, t.naam, t.id
                """, parameters)).ToList();
            return new Resultaten<VoorzieningRegel>(
                rijen.Count == 0 ? 0 : (int)rijen[0].Totaal,
                [.. rijen.Select(r => new VoorzieningRegel(r.Id, r.Naam, r.Organisatie, r.Omschrijving, r.Leefgebieden, r.Doelgroepen, r.Kosteloos, r.Soort, r.Kernen))]);
        }

        private sealed record Rij(
            Guid Id, string Naam, string Organisatie, string Omschrijving, string[] Leefgebieden, string[] Doelgroepen, bool Kosteloos,
            string Soort, string[] Kernen, long Totaal);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sociale-kaart/voorzieningen", async Task<Ok<Pagina<VoorzieningRegel>>> (
                string? zoek, string? leefgebied, string? doelgroep, string? kern, bool? kosteloos, DateOnly? openOp, int? pagina, int? paginaGrootte,
                IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var resultaten = await mediator.Send(new Query(zoek, leefgebied, doelgroep, kern, kosteloos, openOp, paginering), ct);
                return TypedResults.Ok(Pagina<VoorzieningRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekVoorzieningen")
            .WithTags("Sociale kaart")
            .WithSummary("Zoek voorzieningen op de sociale kaart")
            .WithDescription("Zoeken in het Nederlands (ook op delen van samengestelde woorden, zonder accenten), met filters op leefgebied, doelgroep, kern (Nijkerk, Nijkerkerveen, Hoevelaken), kosteloos en openOp (een datum: open of bereikbaar op die dag). Beste treffer eerst.")
            .ProducesValidationProblem();
}
