using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>No cell of the kerncijfers gives a small number away: not by itself, not from a total, not as a share.</summary>
public sealed class OnderdrukkingTests
{
    private readonly Onderdrukking onderdrukking = new();

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Een_aantal_onder_de_drempel_wordt_kleiner_dan_5_zonder_het_getal(long aantal)
    {
        var cel = onderdrukking.Aantal(aantal);

        cel.Waarde.Should().BeNull();
        cel.Tekst.Should().Be("< 5");
        cel.Onderdrukt.Should().BeTrue();
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(5, "5")]
    [InlineData(1234, "1234")]
    public void Nul_en_aantallen_vanaf_de_drempel_worden_getoond(long aantal, string tekst)
    {
        onderdrukking.Aantal(aantal).Should().Be(new Cel(aantal, tekst));
    }

    [Fact]
    public void De_drempel_komt_uit_de_configuratie_en_is_nooit_lager_dan_3()
    {
        Onderdrukking.Uit(null).Drempel.Should().Be(5);
        Onderdrukking.Uit("10").Drempel.Should().Be(10);
        new Onderdrukking(10).Aantal(9).Tekst.Should().Be("< 10");
        Onderdrukking.Uit("3").Drempel.Should().Be(3);
        var te_laag = () => Onderdrukking.Uit("2");
        te_laag.Should().Throw<InvalidOperationException>().WithMessage("*Monitoring:Drempel*3*");
        var geen_getal = () => Onderdrukking.Uit("vijf");
        geen_getal.Should().Throw<InvalidOperationException>().WithMessage("*Monitoring:Drempel*");
    }

    [Fact]
    public void Is_een_rij_onderdrukt_en_is_er_een_totaal_dan_ook_de_volgende_kleinste()
    {
        var tabel = onderdrukking.Aantallen("t", "Test", [("a", "A", 40), ("b", "B", 3), ("c", "C", 12), ("d", "D", 7), ("e", "E", 0)], 62);

        Tekst(tabel).Should().Equal("40", "< 5", "12", "< 5", "0");
        tabel.Totaal.Should().Be(new Cel(62, "62"));
        tabel.Rijen.Where(r => r.Waarde.Onderdrukt).Select(r => r.Code).Should().Equal("b", "d");
    }

    [Fact]
    public void Twee_kleine_rijen_die_samen_onder_de_drempel_blijven_krijgen_nog_een_partner()
    {
        // 1 and 1 hidden: the total minus the rest is 2, so both must be 1; a third row has to go too.
        var tabel = onderdrukking.Aantallen("t", "Test", [("a", "A", 1), ("b", "B", 1), ("c", "C", 9), ("d", "D", 30)], 41);

        Tekst(tabel).Should().Equal("< 5", "< 5", "< 5", "30");
        tabel.Totaal!.Waarde.Should().Be(41);
    }

    [Fact]
    public void Twee_kleine_rijen_die_samen_de_drempel_halen_zijn_genoeg()
    {
        var tabel = onderdrukking.Aantallen("t", "Test", [("a", "A", 3), ("b", "B", 4), ("c", "C", 9)], 16);

        Tekst(tabel).Should().Equal("< 5", "< 5", "9");
    }

    [Fact]
    public void Zonder_rij_om_mee_te_verbergen_gaat_het_totaal_weg()
    {
        // The other rows are 0: the hidden one would be the total.
        var tabel = onderdrukking.Aantallen("t", "Test", [("a", "A", 3), ("b", "B", 0), ("c", "C", 0)], 3);

        Tekst(tabel).Should().Equal("< 5", "0", "0");
        tabel.Totaal!.Tekst.Should().Be("< 5");

        var groter = onderdrukking.Aantallen("t", "Test", [("a", "A", 2), ("b", "B", 0)], 2);
        groter.Totaal!.Onderdrukt.Should().BeTrue();
    }

    [Fact]
    public void Een_rij_die_niet_optelt_tot_een_getoond_getal_krijgt_geen_partner()
    {
        var tabel = onderdrukking.Aantallen("t", "Test", [("a", "A", 2), ("b", "B", 6), ("c", "C", 8)], totaal: null);

        Tekst(tabel).Should().Equal("< 5", "6", "8");
        tabel.Totaal.Should().BeNull();
    }

    [Fact]
    public void Een_aandeel_op_een_klein_aantal_wordt_onderdrukt()
    {
        onderdrukking.Aandeel(3, 200).Should().Be(new Cel(null, "< 5"));
        onderdrukking.Aandeel(4, 4).Tekst.Should().Be("< 5");
        onderdrukking.Aandeel(0, 3).Tekst.Should().Be("< 5", "the total it is a share of is small");
        onderdrukking.Aandeel(50, 200).Should().Be(new Cel(25.0m, "25,0%"));
        onderdrukking.Aandeel(0, 200).Should().Be(new Cel(0m, "0,0%"));
        onderdrukking.Aandeel(0, 0).Should().Be(new Cel(null, "–"));
    }

    [Fact]
    public void Een_gemiddelde_mediaan_of_bedrag_op_een_klein_aantal_wordt_onderdrukt()
    {
        onderdrukking.Gemiddelde(-3, 2).Tekst.Should().Be("< 5");
        onderdrukking.Gemiddelde(6, 5, "+0.00;-0.00;0.00").Should().Be(new Cel(1.2m, "+1,20"));
        onderdrukking.Maat(48, 4, "0").Tekst.Should().Be("< 5");
        onderdrukking.Maat(48, 5, "0").Should().Be(new Cel(48, "48"));
        onderdrukking.Maat(750m, 1, "0.00").Waarde.Should().BeNull("the budget of one escalation is that person's");
    }

    [Fact]
    public void Mediaan_en_90e_percentiel_volgen_uit_het_histogram()
    {
        (int, long)[] duren = [(2, 3), (5, 4), (30, 2), (100, 1)];

        KerncijferTabellen.Percentiel(duren, 10, 0.5m).Should().Be(5);
        KerncijferTabellen.Percentiel(duren, 10, 0.9m).Should().Be(30);
        KerncijferTabellen.Percentiel([], 0, 0.5m).Should().BeNull();
    }

    private static IEnumerable<string> Tekst(Tabel tabel) => tabel.Rijen.Select(r => r.Waarde.Tekst);
}
