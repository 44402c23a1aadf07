using Nijkerk.SociaalDomein.Overdracht.Termijnen;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>The term a team has to accept, in working days: weekends, holidays from Easter and closing days skipped.</summary>
public sealed class WerkdagenTests
{
    private static readonly IReadOnlySet<DateOnly> Geen = new HashSet<DateOnly>();

    private static DateTimeOffset Nederlands(int jaar, int maand, int dag, int uur) =>
        new DateTimeOffset(jaar, maand, dag, uur, 0, 0, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam").GetUtcOffset(new DateTime(jaar, maand, dag, uur, 0, 0)));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Paaszondag_volgt_de_kalender(int jaar, int maand, int dag) =>
        Werkdagen.Paaszondag(jaar).Should().Be(new DateOnly(jaar, maand, dag));

    [Fact]
    public void Op_vrijdag_om_vier_uur_aangeboden_loopt_twee_werkdagen_tot_het_einde_van_dinsdag()
    {
        // Friday 4 December 2026, 16:00.
        var einde = Werkdagen.TermijnEinde(Nederlands(2026, 12, 4, 16), 2, Geen);

        einde.Should().BeAfter(Nederlands(2026, 12, 7, 21), "maandagavond is de termijn nog niet om");
        einde.Should().BeBefore(Nederlands(2026, 12, 9, 8), "woensdagochtend is hij om");
        einde.Should().Be(Nederlands(2026, 12, 9, 0));
    }

    [Fact]
    public void Koningsdag_telt_niet_mee()
    {
        // Monday 26 April 2027 + 2 working days: Koningsdag (Tuesday 27th) is skipped, so to the end of Thursday 29th.
        Werkdagen.TermijnEinde(Nederlands(2027, 4, 26, 10), 2, Geen).Should().Be(Nederlands(2027, 4, 30, 0));
    }

    [Fact]
    public void Tweede_paasdag_telt_niet_mee()
    {
        // Easter 2026 is 5 April. Friday 3 April 2026 + 2 working days: Monday 6 April is Tweede paasdag, so Tuesday and Wednesday.
        Werkdagen.TermijnEinde(Nederlands(2026, 4, 3, 9), 2, Geen).Should().Be(Nederlands(2026, 4, 9, 0));
    }

    [Fact]
    public void Een_eigen_sluitingsdag_telt_niet_mee()
    {
        // Friday 15 May 2026, the day after Hemelvaart, closed by the municipality: Thursday 14 + 1 working day is Monday.
        var sluiting = new HashSet<DateOnly> { new(2026, 5, 15) };
        Werkdagen.TermijnEinde(Nederlands(2026, 5, 13, 12), 1, sluiting).Should().Be(Nederlands(2026, 5, 19, 0));
    }

    [Theory]
    [InlineData(2026, 1, 1, "Nieuwjaarsdag")]
    [InlineData(2026, 5, 14, "Hemelvaartsdag")]
    [InlineData(2026, 5, 25, "Tweede pinksterdag")]
    [InlineData(2025, 4, 26, "Koningsdag")]
    [InlineData(2026, 5, 5, "Bevrijdingsdag")]
    [InlineData(2026, 12, 26, "Tweede kerstdag")]
    public void Feestdagen_worden_herkend(int jaar, int maand, int dag, string naam) =>
        Werkdagen.FeestdagOp(new DateOnly(jaar, maand, dag)).Should().Be(naam);
}
