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
        public async Task<Resultaten<VoorzieningRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var zoekopdracht = Zoekopdracht.Van(query);
            if (zoekopdracht is null)
            {
                return new Resultaten<VoorzieningRegel>(0, []);
            }

            await using var connection = await db.OpenAsync(cancellationToken);
            var gevonden = await ZoekAsync(connection, Zoekopdracht.Tekst, zoekopdracht);
            return gevonden.Totaal > 0 || query.Paginering.Pagina > 1 || zoekopdracht.Tsquery is null
                ? gevonden
                : await ZoekAsync(connection, Zoekopdracht.Trigram, zoekopdracht);
        }

        private static async Task<Resultaten<VoorzieningRegel>> ZoekAsync(Npgsql.NpgsqlConnection connection, string sql, Zoekopdracht parameters)
        {
            var rijen = (await connection.QueryAsync<Rij>(sql, parameters)).ToList();
            return new Resultaten<VoorzieningRegel>(
                rijen.Count == 0 ? 0 : (int)rijen[0].Totaal,
                [.. rijen.Select(r => new VoorzieningRegel(r.Id, r.Naam, r.Organisatie, r.Omschrijving, r.Leefgebieden, r.Doelgroepen, r.Kosteloos, r.Soort, r.Kernen))]);
        }

        private sealed record Rij(
            Guid Id, string Naam, string Organisatie, string Omschrijving, string[] Leefgebieden, string[] Doelgroepen, bool Kosteloos,
            string Soort, string[] Kernen, long Totaal);
    }

    /// <summary>
    /// The two statements of a search and their parameters. Each statement is one constant text, whichever filters are
    /// given, so Npgsql prepares it once per connection and PostgreSQL plans the same way every time (ADR 0006): the word
    /// and the filters are one tsquery on <c>zoekfilter</c> (migration 0007), the open-on-a-day filter is switched off by
    /// its null parameter. Full text first: stemmed prefixes already find compounds ("schulden" finds
    /// "schuldhulpverlening"). Only when that finds nothing does the trigram match on the name run, for typos and parts
    /// inside a word; it costs several times more on a large kaart.
    /// </summary>
    internal sealed record Zoekopdracht(
        string? Tsquery, string? Zoek, string? Filters, string? Kern, DateOnly? OpenOp, int? Weekdag, int Limiet, long Offset)
    {
        // The typed words for ranking: stemmed in Dutch or as typed. For matching, sociale_kaart.zoekvraag leaves out a
        // form that finds nothing more (the same tsquery; no change to what is found), and adds the filter terms.
        private const string Woorden = "(to_tsquery('sociale_kaart.nederlands', @Tsquery) || to_tsquery('sociale_kaart.eenvoudig', @Tsquery))";
        private const string Treffer =
            """
            v.zoekfilter @@ (select case when @Tsquery is null then @Filters::tsquery
                                         when @Filters is null then sociale_kaart.zoekvraag(@Tsquery)
                                         else sociale_kaart.zoekvraag(@Tsquery) && @Filters::tsquery end)
            """;
        private const string TekstRang = "coalesce(ts_rank_cd(v.zoekvector, (select " + Woorden + ")), 0)";
        private const string TrigramTreffer =
            "sociale_kaart.zonder_accenten(@Zoek) operator(sociale_kaart.<%) v.zoeknaam and (@Filters::text is null or v.zoekfilter @@ @Filters::tsquery)";
        private const string TrigramRang = "sociale_kaart.word_similarity(sociale_kaart.zonder_accenten(@Zoek), v.zoeknaam)";

        // Open or reachable on a day: a schedule on its weekday (in the kern, when one is asked for, or by phone) and no
        // closing day. With no day asked, PostgreSQL never runs the subqueries.
        private const string Open =
            """
            and (@OpenOp::date is null or (
                    exists (select 1 from sociale_kaart.openingstijd t where t.voorziening_id = v.id and t.weekdag = @Weekdag
                            and (t.locatie_id is null or @Kern::text is null
                                 or t.locatie_id in (select id from sociale_kaart.locatie where kern = @Kern::text)))
                    and not exists (select 1 from sociale_kaart.sluitingsdag s where s.voorziening_id = v.id and s.datum = @OpenOp::date)))
            """;

        // The matches are ranked and counted on the voorziening alone; only the page's rows are joined to their organisatie.
        private const string Sjabloon =
            """
            with treffers as (
                select v.id, v.naam, v.organisatie_id, v.omschrijving, v.leefgebieden, v.doelgroepen, v.kosteloos, v.soort, v.kernen,
                       {rang} as rang, count(*) over () as totaal
                from sociale_kaart.voorziening v
                where {treffer} and v.gearchiveerd_op is null
                {open}
                order by rang desc, v.naam, v.id
                limit @Limiet offset @Offset)
            select t.id as Id, t.naam as Naam, o.naam as Organisatie, t.omschrijving as Omschrijving, t.leefgebieden as Leefgebieden,
                   t.doelgroepen as Doelgroepen, t.kosteloos as Kosteloos, t.soort as Soort, t.kernen as Kernen, t.totaal as Totaal
            from treffers t
            join sociale_kaart.organisatie o on o.id = t.organisatie_id
            order by t.rang desc, t.naam, t.id
            """;

        public static readonly string Tekst = Sjabloon.Replace("{rang}", TekstRang).Replace("{treffer}", Treffer).Replace("{open}", Open);

        public static readonly string Trigram = Sjabloon.Replace("{rang}", TrigramRang).Replace("{treffer}", TrigramTreffer).Replace("{open}", Open);

        // A term longer than this cannot be on any voorziening: beheer and the import take only the known codes.
        private const int LangsteTerm = 500;

        /// <summary>The parameters of a search; null when a filter value is one no voorziening can have.</summary>
        public static Zoekopdracht? Van(Query query)
        {
            var termen = new List<string>();
            if (!Voeg(termen, "leefgebied", query.Leefgebied) || !Voeg(termen, "doelgroep", query.Doelgroep) || !Voeg(termen, "kern", query.Kern))
            {
                return null;
            }

            if (query.Kosteloos is { } kosteloos)
            {
                termen.Add(kosteloos ? "'=kosteloos:true'" : "'=kosteloos:false'");
            }

            var tsquery = Zoekvraag.NaarTsquery(query.Zoek);
            // Every voorziening not archived carries '=actief': the one term that finds them all, when nothing narrows.
            if (termen.Count == 0 && tsquery is null)
            {
                termen.Add("'=actief'");
            }

            return new Zoekopdracht(
                tsquery,
                tsquery is null ? null : query.Zoek,
                termen.Count == 0 ? null : string.Join(" & ", termen),
                query.Kern,
                query.OpenOp,
                query.OpenOp is { } dag ? ((int)dag.DayOfWeek + 6) % 7 + 1 : null,
                query.Paginering.PaginaGrootte,
                query.Paginering.Offset);
        }

        // A filter value as a quoted tsquery lexeme, exactly as filtertermen writes it: quotes and backslashes doubled.
        private static bool Voeg(List<string> termen, string soort, string? waarde)
        {
            if (waarde is null)
            {
                return true;
            }

            if (waarde.Length > LangsteTerm)
            {
                return false;
            }

            termen.Add($"'={soort}:{waarde.Replace("\\", "\\\\").Replace("'", "''")}'");
            return true;
        }
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
