using Microsoft.AspNetCore.Html;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

namespace Nijkerk.SociaalDomein.Monitoring.Grafieken;

/// <summary>
/// A horizontal bar per row, from a zero line: a positive value to the right, a negative one (a zelfredzaamheid that
/// went down) to the left. The bar length is the value over the range of the shown values; a suppressed row has no
/// bar, only "&lt; 5".
/// </summary>
internal static class Staafdiagram
{
    private const int Label = 230, Ruimte = 50, Breedte = 320, Rechts = 70, Rij = 30, Boven = 8, Dikte = 18;

    public static IHtmlContent Teken(Tabel tabel)
    {
        if (tabel.Rijen.Count == 0)
        {
            return Svg.GeenGegevens(tabel);
        }

        var (laagste, hoogste) = Svg.Bereik(tabel);
        const int Links = Label + Ruimte;
        double X(double waarde) => Links + ((waarde - laagste) / (hoogste - laagste) * Breedte);
        var nul = X(0);
        var hoogte = (Boven * 2) + (tabel.Rijen.Count * Rij);
        var svg = new Svg(tabel, Links + Breedte + Rechts, hoogte);
        for (var i = 0; i < tabel.Rijen.Count; i++)
        {
            var rij = tabel.Rijen[i];
            var y = Boven + (i * Rij);
            var midden = y + (Rij / 2.0) + 4;
            svg.BeginRij(rij).Schrift("nsd-grafiek-label", Label - 6, midden, rij.Label, "end");
            if (rij.Waarde.Waarde is { } waarde)
            {
                var eind = X((double)waarde);
                var negatief = waarde < 0;
                svg.Rechthoek(negatief ? "nsd-staaf nsd-staaf--negatief" : "nsd-staaf", Math.Min(nul, eind), y + ((Rij - Dikte) / 2.0), Math.Abs(eind - nul), Dikte)
                    .Schrift("nsd-grafiek-waarde", negatief ? eind - 4 : eind + 4, midden, rij.Waarde.Tekst, negatief ? "end" : "start");
            }
            else
            {
                svg.Schrift("nsd-grafiek-waarde nsd-onderdrukt", nul + 4, midden, rij.Waarde.Tekst);
            }

            svg.EindRij();
        }

        return svg.Lijn("nsd-grafiek-as nsd-nullijn", nul, Boven / 2.0, nul, hoogte - (Boven / 2.0)).Klaar();
    }
}
