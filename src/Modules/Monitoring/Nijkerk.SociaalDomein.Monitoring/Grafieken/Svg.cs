using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

namespace Nijkerk.SociaalDomein.Monitoring.Grafieken;

/// <summary>
/// What every chart shares: an <c>svg</c> with role img, a title and a description with all its numbers, drawn from a
/// <see cref="Tabel"/> on the server (the CSP allows no script and no inline style: the look is in site.css). A chart
/// reads <see cref="Cel.Waarde"/> only to scale; what it writes is <see cref="Cel.Tekst"/>, so a suppressed cell is
/// "&lt; 5" and never a number.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder opbouw = new();

    public Svg(Tabel tabel, int breedte, int hoogte)
    {
        var id = Id(tabel);
        opbouw.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{id}-titel {id}-uitleg" viewBox="0 0 {breedte} {hoogte}" class="nsd-grafiek" id="{id}" focusable="false">""");
        opbouw.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-titel">{Tekst(tabel.Titel)}</title>""");
        opbouw.Append(CultureInfo.InvariantCulture, $"""<desc id="{id}-uitleg">{Tekst(Uitleg(tabel))}</desc>""");
    }

    public static string Id(Tabel tabel) => "grafiek-" + tabel.Code;

    /// <summary>Every number of the chart in words, so a screen reader hears what the picture shows.</summary>
    public static string Uitleg(Tabel tabel) =>
        string.Join("; ", tabel.Rijen.Select(r => $"{r.Label}: {r.Waarde.Tekst}"))
        + (tabel.Totaal is { } totaal ? $"; totaal: {totaal.Tekst}" : "");

    /// <summary>No rows at all: a Dutch sentence instead of an empty picture.</summary>
    public static IHtmlContent GeenGegevens(Tabel tabel) =>
        new HtmlString($"""<p class="utrecht-paragraph nsd-geen-gegevens" id="{Id(tabel)}">Geen gegevens voor {Tekst(tabel.Titel.ToLowerInvariant())} in deze periode met deze filters.</p>""");

    public static string Getal(double waarde) => Math.Round(waarde, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Tekst(string tekst) => HtmlEncoder.Default.Encode(tekst);

    /// <summary>(lowest, highest) of the shown values, with zero always in range and never an empty range.</summary>
    public static (double Laagste, double Hoogste) Bereik(Tabel tabel)
    {
        var waarden = tabel.Rijen.Where(r => !r.Waarde.Onderdrukt).Select(r => (double)r.Waarde.Waarde!.Value).ToList();
        var laagste = Math.Min(0, waarden.DefaultIfEmpty(0).Min());
        var hoogste = Math.Max(0, waarden.DefaultIfEmpty(0).Max());
        return hoogste - laagste == 0 ? (laagste, laagste + 1) : (laagste, hoogste);
    }

    public Svg Voeg(string opmaak)
    {
        opbouw.Append(opmaak);
        return this;
    }

    public Svg Lijn(string klasse, double x1, double y1, double x2, double y2) =>
        Voeg($"""<line class="{klasse}" x1="{Getal(x1)}" y1="{Getal(y1)}" x2="{Getal(x2)}" y2="{Getal(y2)}" />""");

    public Svg Rechthoek(string klasse, double x, double y, double breedte, double hoogte) =>
        Voeg($"""<rect class="{klasse}" x="{Getal(x)}" y="{Getal(y)}" width="{Getal(breedte)}" height="{Getal(hoogte)}" />""");

    /// <summary>Text; <paramref name="anker"/> is start, middle or end.</summary>
    public Svg Schrift(string klasse, double x, double y, string tekst, string anker = "start") =>
        Voeg($"""<text class="{klasse}" x="{Getal(x)}" y="{Getal(y)}" text-anchor="{anker}">{Tekst(tekst)}</text>""");

    public Svg BeginRij(Rij rij) => Voeg($"""<g class="nsd-grafiek-rij" data-code="{Tekst(rij.Code)}">""");

    public Svg EindRij() => Voeg("</g>");

    public IHtmlContent Klaar() => new HtmlString(opbouw.Append("</svg>").ToString());
}
