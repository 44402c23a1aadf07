using System.Globalization;
using Microsoft.AspNetCore.Html;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

namespace Nijkerk.SociaalDomein.Monitoring.Grafieken;

/// <summary>
/// A line through the rows in their order (weeks): the height is the value over the highest. A suppressed point is no
/// point: the line breaks there and "&lt; 5" stands on the axis. Labels under the axis as many as fit.
/// </summary>
internal static class Lijngrafiek
{
    private const int Links = 56, Breedte = 560, Rechts = 24, Boven = 16, Hoogte = 180, Onder = 40;
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static IHtmlContent Teken(Tabel tabel)
    {
        if (tabel.Rijen.Count == 0)
        {
            return Svg.GeenGegevens(tabel);
        }

        var (laagste, hoogste) = Svg.Bereik(tabel);
        var aantal = tabel.Rijen.Count;
        var stap = aantal == 1 ? 0 : Breedte / (double)(aantal - 1);
        double X(int i) => aantal == 1 ? Links + (Breedte / 2.0) : Links + (i * stap);
        double Y(double waarde) => Boven + Hoogte - ((waarde - laagste) / (hoogste - laagste) * Hoogte);
        var elke = stap == 0 ? 1 : (int)Math.Ceiling(64 / stap);

        var svg = new Svg(tabel, Links + Breedte + Rechts, Boven + Hoogte + Onder)
            .Lijn("nsd-grafiek-as", Links, Boven, Links, Boven + Hoogte)
            .Lijn("nsd-grafiek-as", Links, Y(0), Links + Breedte, Y(0))
            .Schrift("nsd-grafiek-label", Links - 6, Y(hoogste) + 4, hoogste.ToString("#,0.##", Nederlands), "end")
            .Schrift("nsd-grafiek-label", Links - 6, Y(0) + 4, "0", "end");
        if (laagste < 0)
        {
            svg.Schrift("nsd-grafiek-label", Links - 6, Y(laagste) + 4, laagste.ToString("#,0.##", Nederlands), "end");
        }

        var lijn = new List<string>();
        var nieuwStuk = true;
        for (var i = 0; i < aantal; i++)
        {
            if (tabel.Rijen[i].Waarde.Waarde is { } waarde)
            {
                lijn.Add($"{(nieuwStuk ? "M" : "L")}{Svg.Getal(X(i))} {Svg.Getal(Y((double)waarde))}");
                nieuwStuk = false;
            }
            else
            {
                nieuwStuk = true;
            }
        }

        if (lijn.Count > 0)
        {
            svg.Voeg($"""<path class="nsd-lijn" d="{string.Join(' ', lijn)}" />""");
        }

        for (var i = 0; i < aantal; i++)
        {
            var rij = tabel.Rijen[i];
            svg.BeginRij(rij);
            if (rij.Waarde.Waarde is { } waarde)
            {
                svg.Voeg($"""<circle class="nsd-punt" cx="{Svg.Getal(X(i))}" cy="{Svg.Getal(Y((double)waarde))}" r="3.5" />""");
            }
            else
            {
                svg.Schrift("nsd-grafiek-waarde nsd-onderdrukt", X(i), Y(0) - 6, rij.Waarde.Tekst, "middle");
            }

            if (i % elke == 0)
            {
                svg.Schrift("nsd-grafiek-label", X(i), Boven + Hoogte + 20, rij.Label, "middle");
            }

            svg.EindRij();
        }

        return svg.Klaar();
    }
}
