using System.Globalization;
using System.Text.Encodings.Web;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using Nijkerk.SociaalDomein.Monitoring.Grafieken;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>The dashboard's charts drawn from hand-made tables: read back as XML, as a browser would draw them.</summary>
public sealed class GrafiekenTests
{
    private static readonly XNamespace S = "http://www.w3.org/2000/svg";

    private static Cel Getal(decimal waarde) => new(waarde, waarde.ToString(CultureInfo.GetCultureInfo("nl-NL")));

    private static readonly Cel Onderdrukt = new(null, "< 5");

    private static Tabel Tabel(string code, params (string Code, Cel Cel)[] rijen) =>
        new(code, "Zelfredzaamheid per leefgebied", "score", [.. rijen.Select(r => new Rij(r.Code, $"Label {r.Code}", r.Cel))]);

    private static string Html(IHtmlContent inhoud)
    {
        using var schrijver = new StringWriter();
        inhoud.WriteTo(schrijver, HtmlEncoder.Default);
        return schrijver.ToString();
    }

    private static XElement Svg(IHtmlContent inhoud) => XElement.Parse(Html(inhoud));

    private static XElement Rij(XElement svg, string code) =>
        svg.Descendants(S + "g").Single(g => (string?)g.Attribute("data-code") == code);

    private static double Getal(XElement element, string attribuut) =>
        double.Parse((string)element.Attribute(attribuut)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Een_staafdiagram_tekent_balken_naar_verhouding_met_titel_en_uitleg_voor_een_schermlezer()
    {
        var svg = Svg(Staafdiagram.Teken(Tabel("zelfredzaamheid", ("werk", Getal(10)), ("wonen", Getal(20)), ("financien", Getal(5)))));

        ((string?)svg.Attribute("role")).Should().Be("img");
        svg.Element(S + "title")!.Value.Should().Be("Zelfredzaamheid per leefgebied");
        svg.Element(S + "desc")!.Value.Should().Be("Label werk: 10; Label wonen: 20; Label financien: 5");
        var labelledBy = ((string)svg.Attribute("aria-labelledby")!).Split(' ');
        labelledBy.Should().Equal((string?)svg.Element(S + "title")!.Attribute("id"), (string?)svg.Element(S + "desc")!.Attribute("id"));

        var werk = Getal(Rij(svg, "werk").Element(S + "rect")!, "width");
        var wonen = Getal(Rij(svg, "wonen").Element(S + "rect")!, "width");
        var financien = Getal(Rij(svg, "financien").Element(S + "rect")!, "width");
        wonen.Should().BeApproximately(2 * werk, 0.2);
        financien.Should().BeApproximately(werk / 2, 0.2);
        Rij(svg, "wonen").Elements(S + "text").Select(t => t.Value).Should().Contain("20");
    }

    [Fact]
    public void Een_onderdrukte_waarde_krijgt_geen_balk_en_staat_er_als_kleiner_dan_vijf_nooit_als_getal()
    {
        var tabel = Tabel("kastje-muur", ("teruggelegd", Onderdrukt), ("geaccepteerd", Getal(40)));

        foreach (var svg in new[] { Svg(Staafdiagram.Teken(tabel)), Svg(Trechter.Teken(tabel)), Svg(Lijngrafiek.Teken(tabel)) })
        {
            var rij = Rij(svg, "teruggelegd");
            rij.Elements(S + "rect").Should().BeEmpty();
            rij.Elements(S + "circle").Should().BeEmpty();
            rij.Elements(S + "text").Select(t => t.Value).Should().Contain("< 5");
            svg.Element(S + "desc")!.Value.Should().Contain("Label teruggelegd: < 5");
            Rij(svg, "geaccepteerd").Elements().Where(e => e.Name == S + "rect" || e.Name == S + "circle").Should().ContainSingle();
        }
    }

    [Fact]
    public void Een_negatieve_waarde_staat_links_van_de_nullijn_en_een_positieve_rechts()
    {
        var svg = Svg(Staafdiagram.Teken(Tabel("zelfredzaamheid", ("werk", Getal(-1.5m)), ("wonen", Getal(3)))));

        var nul = Getal(svg.Descendants(S + "line").Single(l => ((string)l.Attribute("class")!).Contains("nsd-nullijn")), "x1");
        var omlaag = Rij(svg, "werk").Element(S + "rect")!;
        var omhoog = Rij(svg, "wonen").Element(S + "rect")!;
        (Getal(omlaag, "x") + Getal(omlaag, "width")).Should().BeApproximately(nul, 0.1, "the bar ends at zero");
        Getal(omlaag, "x").Should().BeLessThan(nul);
        ((string)omlaag.Attribute("class")!).Should().Contain("nsd-staaf--negatief");
        Getal(omhoog, "x").Should().BeApproximately(nul, 0.1, "the bar starts at zero");
        Getal(omhoog, "width").Should().BeApproximately(2 * Getal(omlaag, "width"), 0.2);
        Rij(svg, "werk").Elements(S + "text").Select(t => t.Value).Should().Contain("-1,5");
    }

    [Fact]
    public void Een_trechter_maakt_elke_stap_zo_breed_als_zijn_aantal_naast_de_aanmeldingen_en_gecentreerd()
    {
        var svg = Svg(Trechter.Teken(Tabel("route", ("aanmelding", Getal(100)), ("vraagverheldering", Getal(50)), ("plan", Getal(10)))));

        var stappen = new[] { "aanmelding", "vraagverheldering", "plan" }.Select(c => Rij(svg, c).Element(S + "rect")!).ToList();
        var breedtes = stappen.Select(r => Getal(r, "width")).ToList();
        breedtes[1].Should().BeApproximately(breedtes[0] / 2, 0.2);
        breedtes[2].Should().BeApproximately(breedtes[0] / 10, 0.2);
        var midden = stappen.Select(r => Getal(r, "x") + (Getal(r, "width") / 2)).ToList();
        midden.Should().AllSatisfy(m => m.Should().BeApproximately(midden[0], 0.1, "every step is centred on one line"));
    }

    [Fact]
    public void Een_lijngrafiek_zet_hogere_weken_hoger_en_breekt_de_lijn_bij_een_onderdrukte_week()
    {
        var svg = Svg(Lijngrafiek.Teken(Tabel("aanmeldingen-per-week",
            ("2026-W40", Getal(10)), ("2026-W41", Getal(20)), ("2026-W42", Onderdrukt), ("2026-W43", Getal(30)))));

        double Hoogte(string week) => Getal(Rij(svg, week).Element(S + "circle")!, "cy");
        var nul = Getal(svg.Descendants(S + "line").ElementAt(1), "y1");
        (nul - Hoogte("2026-W41")).Should().BeApproximately(2 * (nul - Hoogte("2026-W40")), 0.2, "an SVG's y grows downwards");
        (nul - Hoogte("2026-W43")).Should().BeApproximately(3 * (nul - Hoogte("2026-W40")), 0.2);
        var lijn = (string)svg.Descendants(S + "path").Single().Attribute("d")!;
        lijn.Split(' ', 'L').Count(d => d.StartsWith('M')).Should().Be(2, "the line stops at the suppressed week and starts again after it");
    }

    [Fact]
    public void Zonder_rijen_zegt_elke_grafiek_in_het_nederlands_dat_er_geen_gegevens_zijn()
    {
        var leeg = Tabel("zelfredzaamheid");

        foreach (var html in new[] { Html(Staafdiagram.Teken(leeg)), Html(Trechter.Teken(leeg)), Html(Lijngrafiek.Teken(leeg)) })
        {
            html.Should().StartWith("<p").And.Contain("Geen gegevens voor zelfredzaamheid per leefgebied").And.NotContain("<svg");
        }
    }

    [Fact]
    public void Tekst_uit_de_tabel_wordt_veilig_in_de_svg_gezet()
    {
        var svg = Svg(Staafdiagram.Teken(new Tabel("combinaties", "Jeugd & Wmo <samen>", "aantal",
            [new Rij("jeugd+wmo", "Jeugd & Wmo \"samen\"", Getal(7))])));

        svg.Element(S + "title")!.Value.Should().Be("Jeugd & Wmo <samen>");
        Rij(svg, "jeugd+wmo").Elements(S + "text").First().Value.Should().Be("Jeugd & Wmo \"samen\"");
        svg.Descendants(S + "script").Should().BeEmpty();
    }
}
