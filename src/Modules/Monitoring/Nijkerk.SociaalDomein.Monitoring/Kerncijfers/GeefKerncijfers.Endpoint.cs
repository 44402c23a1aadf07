using System.ComponentModel.DataAnnotations;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

internal static partial class GeefKerncijfers
{
    private const string Filters =
        "Filters: van en tot (verplicht; Nederlandse dagen, beide inclusief; ten hoogste 3 jaar), kern, kanaal, bron en levensfase " +
        "(0-17, 18-26, 27-66, 67+, onbekend) zijn vrij te combineren; van leefgebied, expertise en team hoogstens één (een vraag heeft " +
        "er meer van). Met één daarvan lezen de tabellen de cijfers van die waarde; een tabel waarvan de maat niet per die soort wordt " +
        "geteld, is leeg en zegt dat in 'toelichting'. ";

    private const string Onderdrukt =
        "Geen persoon herkenbaar: een aantal van 1 tot de drempel (standaard 5) heeft 'waarde' null en 'tekst' \"< 5\", nooit het getal; " +
        "0 wordt wel getoond. Waar rijen optellen tot een getoond totaal, wordt ook de volgende kleinste rij onderdrukt (secundaire " +
        "onderdrukking), en een aandeel, gemiddelde, mediaan of bedrag op een klein aantal evenzeer. Een cel zonder waarde om te tonen " +
        "(een aandeel van niets) heeft 'waarde' null en 'tekst' \"–\".";

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/monitoring/kerncijfers", async Task<Ok<Kerncijfers>> (
                [Required] DateOnly? van, [Required] DateOnly? tot, string? kern, string? kanaal, string? bron, string? levensfase,
                string? leefgebied, string? expertise, string? team, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(Filter(van, tot, kern, kanaal, bron, levensfase, leefgebied, expertise, team)), ct)))
            .WithName("geefKerncijfers")
            .WithTags("Monitoring")
            .WithSummary("Kerncijfers van een periode")
            .WithDescription(
                "De kerncijfers van het sociaal domein over een periode, als tabellen (code, titel, eenheid, rijen met code, label en " +
                "cel, en een totaal waar de rijen optellen): " + string.Join(", ", Tabellen.Alle) + ". Alleen aantallen uit de " +
                "dagcijfers, nooit een persoon. " + Filters + Onderdrukt + " Elke tabel is ook als CSV te downloaden: " +
                "GET /monitoring/kerncijfers/{tabel} met dezelfde filters.")
            .ProducesValidationProblem();

        api.MapGet("/monitoring/kerncijfers/{tabel}", async Task<FileContentHttpResult> (
                string tabel, [Required] DateOnly? van, [Required] DateOnly? tot, string? kern, string? kanaal, string? bron, string? levensfase,
                string? leefgebied, string? expertise, string? team, IMediator mediator, CancellationToken ct) =>
            {
                if (!Tabellen.Alle.Contains(tabel))
                {
                    throw new NietGevondenException($"Er is geen tabel met deze code; kies uit: {string.Join(", ", Tabellen.Alle)}.");
                }

                var filter = Filter(van, tot, kern, kanaal, bron, levensfase, leefgebied, expertise, team);
                var kerncijfers = await mediator.Send(new Query(filter), ct);
                var csv = KerncijfersCsv.Van(kerncijfers.Tabel(tabel)!);
                return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
                    $"kerncijfers-{tabel}-{filter.Van:yyyy-MM-dd}-{filter.Tot:yyyy-MM-dd}.csv");
            })
            .WithName("geefKerncijferTabelAlsCsv")
            .WithTags("Monitoring")
            .WithSummary("Eén tabel van de kerncijfers als CSV")
            .WithDescription(
                "Eén tabel van de kerncijfers (tabel is een van: " + string.Join(", ", Tabellen.Alle) + ") als CSV voor Excel: UTF-8, " +
                "puntkomma als scheidingsteken, kolommen Code;Omschrijving;Waarde, getallen met een decimale komma, een onderdrukte cel " +
                "als \"< 5\" en het totaal als laatste regel. " + Filters + Onderdrukt)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>An empty query value (<c>?kern=</c>) filters nothing; a missing date is left to the validator.</summary>
    private static KerncijferFilter Filter(
        DateOnly? van, DateOnly? tot, string? kern, string? kanaal, string? bron, string? levensfase, string? leefgebied, string? expertise, string? team) =>
        new(van ?? default, tot ?? default, Leeg(kern), Leeg(kanaal), Leeg(bron), Leeg(levensfase), Leeg(leefgebied), Leeg(expertise), Leeg(team));

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde;
}
