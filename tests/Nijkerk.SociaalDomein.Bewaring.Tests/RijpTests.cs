using Nijkerk.SociaalDomein.Bewaring.Bewaartermijnen;
using Nijkerk.SociaalDomein.Bewaring.Vernietiging;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

/// <summary>When a dossier is due: every part closed, and every part's term over before today (Dutch dates).</summary>
public sealed class RijpTests
{
    private static readonly Dictionary<string, GeefBewaartermijnen.Bewaartermijn> Termijnen = new()
    {
        ["toegang"] = new("toegang", "Toegang", 2, "jaren", "test", null, null),
        ["jeugd"] = new("jeugd", "Jeugd", 20, "jaren", "test", null, null),
        ["kort"] = new("kort", "Kort", 6, "maanden", "test", null, null),
    };

    private static readonly Guid Inwoner = Guid.NewGuid();

    // 23:30 UTC on 31 May is 1 June in the Netherlands: the Dutch day counts.
    private static Bewaardeel Deel(string categorie, string? afgesloten) =>
        new(Inwoner, categorie, afgesloten is null ? null : DateTimeOffset.Parse(afgesloten));

    [Theory]
    [InlineData("2024-06-01T10:00:00Z", "2026-06-02", true)]
    [InlineData("2024-06-01T10:00:00Z", "2026-06-01", false)]
    [InlineData("2024-05-31T23:30:00Z", "2026-06-01", false)]
    public void Een_deel_is_rijp_de_dag_na_het_einde_van_zijn_termijn(string afgesloten, string vandaag, bool rijp) =>
        Bewaringsronde.IsRijp([Deel("toegang", afgesloten)], Termijnen, DateOnly.Parse(vandaag)).Should().Be(rijp);

    [Fact]
    public void Een_open_deel_houdt_het_hele_dossier() =>
        Bewaringsronde.IsRijp([Deel("toegang", "2010-01-01T10:00:00Z"), Deel("toegang", null)], Termijnen, new DateOnly(2026, 12, 1)).Should().BeFalse();

    [Fact]
    public void Het_deel_met_de_langste_termijn_beslist() =>
        Bewaringsronde.IsRijp([Deel("toegang", "2020-01-01T10:00:00Z"), Deel("jeugd", "2020-01-01T10:00:00Z")], Termijnen, new DateOnly(2026, 12, 1))
            .Should().BeFalse();

    [Fact]
    public void Een_termijn_in_maanden_telt_maanden() =>
        Bewaringsronde.IsRijp([Deel("kort", "2026-05-01T10:00:00Z")], Termijnen, new DateOnly(2026, 11, 2)).Should().BeTrue();

    [Fact]
    public void Een_dossier_zonder_delen_of_met_een_onbekende_categorie_blijft()
    {
        Bewaringsronde.IsRijp([], Termijnen, new DateOnly(2026, 12, 1)).Should().BeFalse();
        Bewaringsronde.IsRijp([Deel("onbekend", "2000-01-01T10:00:00Z")], Termijnen, new DateOnly(2026, 12, 1)).Should().BeFalse();
    }

    [Fact]
    public void Intake_het_auditlog_en_bewaring_komen_als_laatste() =>
        Bewaringsronde.Volgorde(Host.Modules.All()).Select(m => m.Name).TakeLast(3).Should().Equal("Intake", "Audit", "Bewaring");
}
