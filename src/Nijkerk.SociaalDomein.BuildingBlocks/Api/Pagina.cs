using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Api;

/// <summary>
/// Which page of a list is asked for: <c>?pagina=1&amp;paginaGrootte=20</c>, at most 100 a page and at most page
/// 10,000 (a deeper page is a search that should be narrowed, and an offset that large is slow for everyone).
/// </summary>
public sealed record Paginering(int Pagina, int PaginaGrootte)
{
    public const int Maximum = 100;

    public const int HoogstePagina = 10_000;

    // A long, so no page number and size can overflow into a negative offset before the validator has spoken.
    public long Offset => ((long)Pagina - 1) * PaginaGrootte;

    public static Paginering Van(int? pagina, int? paginaGrootte) => new(pagina ?? 1, paginaGrootte ?? 20);
}

public sealed class PagineringValidator : AbstractValidator<Paginering>
{
    public PagineringValidator()
    {
        RuleFor(p => p.Pagina).InclusiveBetween(1, Paginering.HoogstePagina)
            .WithMessage($"De pagina ligt tussen 1 en {Paginering.HoogstePagina}; verfijn de zoekvraag voor wat daarna komt.");
        RuleFor(p => p.PaginaGrootte).InclusiveBetween(1, Paginering.Maximum)
            .WithMessage($"De paginagrootte ligt tussen 1 en {Paginering.Maximum}.");
    }
}

/// <summary>One page of results as a query answers it; the persons it names are those of its items.</summary>
public sealed record Resultaten<T>(int Totaal, IReadOnlyList<T> Items) : Audit.IBetreftPersonen
{
    public IEnumerable<Guid?> BetrokkenPersonen() => Items.OfType<Audit.IBetreftPersonen>().SelectMany(i => i.BetrokkenPersonen());
}

/// <summary>One page of results with the total and links to the neighbouring pages, as the VNG APIs have it.</summary>
public sealed record Pagina<T>(int Totaal, string? Volgende, string? Vorige, IReadOnlyList<T> Resultaten)
{
    /// <summary>Adds the links to the same request with another <c>pagina</c>, keeping every filter.</summary>
    public static Pagina<T> Van(Resultaten<T> resultaten, Paginering paginering, HttpRequest request)
    {
        var heeftVolgende = paginering.Offset + resultaten.Items.Count < resultaten.Totaal;
        return new Pagina<T>(
            resultaten.Totaal,
            heeftVolgende ? Link(request, paginering.Pagina + 1) : null,
            paginering.Pagina > 1 ? Link(request, paginering.Pagina - 1) : null,
            resultaten.Items);
    }

    private static string Link(HttpRequest request, int pagina)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["pagina"] = pagina.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var builder = new QueryBuilder(query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? ""))));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString());
    }
}
