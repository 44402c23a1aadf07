using Microsoft.AspNetCore.Html;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

namespace Nijkerk.SociaalDomein.Monitoring.Grafieken;

/// <summary>
/// The route of the questions as a funnel: a bar per step in the order of the rows (aanmelding first), centred, as
/// wide as its count over the largest; a suppressed step has no bar, only "&lt; 5".
/// </summary>
internal static class Trechter
{
    private const int Links = 230, Breedte = 340, Rechts = 70, Rij = 34, Boven = 8, Dikte = 24;

    public static IHtmlContent Teken(Tabel tabel)
    {
        if (tabel.Rijen.Count == 0)
        {
            return Svg.GeenGegevens(tabel);
        }

        var (_, hoogste) = Svg.Bereik(tabel);
        const double Midden = Links + (Breedte / 2.0);
        var hoogte = (Boven * 2) + (tabel.Rijen.Count * Rij);
        var svg = new Svg(tabel, Links + Breedte + Rechts, hoogte);
        for (var i = 0; i < tabel.Rijen.Count; i++)
        {
            var rij = tabel.Rijen[i];
            var y = Boven + (i * Rij);
            var tekstY = y + (Rij / 2.0) + 4;
            svg.BeginRij(rij).Schrift("nsd-grafiek-label", Links - 6, tekstY, rij.Label, "end");
            if (rij.Waarde.Waarde is { } waarde)
            {
                var breedte = Math.Max(0, (double)waarde) / hoogste * Breedte;
                svg.Rechthoek("nsd-staaf nsd-trechter-stap", Midden - (breedte / 2), y + ((Rij - Dikte) / 2.0), breedte, Dikte)
                    .Schrift("nsd-grafiek-waarde", Links + Breedte + 6, tekstY, rij.Waarde.Tekst);
            }
            else
            {
                svg.Schrift("nsd-grafiek-waarde nsd-onderdrukt", Midden, tekstY, rij.Waarde.Tekst, "middle");
            }

            svg.EindRij();
        }

        return svg.Klaar();
    }
}
