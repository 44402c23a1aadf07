using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Termijnen;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Overdracht.Tests.TermijnKlok;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>The beheerder's terms and closing days, and what they do to the term of an overdracht.</summary>
public sealed class TermijnenBeheerTests(TermijnFixture fixture) : IClassFixture<TermijnFixture>
{
    private const string Sluitingsdagen = "select count(*) from overdracht.sluitingsdag";

    [Fact]
    public async Task Een_sluitingsdag_schuift_de_termijn_van_een_nieuwe_en_van_een_lopende_overdracht()
    {
        fixture.Klok.Zet(Nederlands(2027, 5, 3, 9));
        // Monday 10 May 2027, two working days: Tuesday and Wednesday.
        var lopend = await fixture.BiedAanAsync(Nederlands(2027, 5, 10, 10));
        (await fixture.VerlooptOpAsync(lopend)).Should().Be(Nederlands(2027, 5, 13, 0));

        var resultaat = await fixture.SendAsync(new VoegSluitingsdagToe.Command(new DateOnly(2027, 5, 11), "Personeelsdag"));

        resultaat.VerschovenTermijnen.Should().BeGreaterThanOrEqualTo(1);
        (await fixture.VerlooptOpAsync(lopend)).Should().Be(Nederlands(2027, 5, 14, 0), "dinsdag telt niet meer, donderdag komt erbij");
        var nieuw = await fixture.BiedAanAsync(Nederlands(2027, 5, 10, 15));
        (await fixture.VerlooptOpAsync(nieuw)).Should().Be(Nederlands(2027, 5, 14, 0));

        fixture.Klok.Zet(Nederlands(2027, 5, 13, 9));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(lopend)).Should().Be("aangeboden", "zonder de sluitingsdag was hij donderdagochtend verlopen");
        fixture.Klok.Zet(Nederlands(2027, 5, 14, 9));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(lopend)).Should().Be("verlopen");

        (await fixture.SendAsync(new GeefTermijnen.Query())).Sluitingsdagen.Should().NotContain(d => d.Datum == new DateOnly(2027, 5, 11),
            "een sluitingsdag in het verleden staat niet meer op de pagina");
    }

    [Fact]
    public async Task Een_sluitingsdag_in_het_verleden_dubbel_in_het_weekend_of_op_een_feestdag_wordt_geweigerd()
    {
        fixture.Klok.Zet(Nederlands(2027, 6, 1, 9));
        await fixture.SendAsync(new VoegSluitingsdagToe.Command(new DateOnly(2027, 6, 4), "Heidag"));
        var voor = await fixture.ScalarAsync<long>(Sluitingsdagen);

        var verleden = await Weigering(new(new DateOnly(2027, 5, 31), "Te laat"));
        var dubbel = await Weigering(new(new DateOnly(2027, 6, 4), "Nog een heidag"));
        var weekend = await Weigering(new(new DateOnly(2027, 6, 5), "Zaterdag"));
        var feestdag = await Weigering(new(new DateOnly(2028, 4, 17), "Paasmaandag"));
        var zonder = await Weigering(new(null, " "));

        verleden.Should().ContainSingle(e => e.PropertyName == "Datum").Which.ErrorMessage.Should().Contain("ligt in het verleden");
        dubbel.Should().ContainSingle(e => e.PropertyName == "Datum").Which.ErrorMessage.Should().Contain("al gesloten (Heidag)");
        weekend.Single().ErrorMessage.Should().Contain("weekend");
        feestdag.Single().ErrorMessage.Should().Contain("Tweede paasdag");
        zonder.Select(e => e.PropertyName).Should().BeEquivalentTo(["Datum", "Omschrijving"]);
        (await fixture.ScalarAsync<long>(Sluitingsdagen)).Should().Be(voor);
    }

    [Fact]
    public async Task Een_verwijderde_sluitingsdag_is_weer_een_werkdag_maar_een_verleden_blijft_staan()
    {
        fixture.Klok.Zet(Nederlands(2027, 9, 1, 9));
        await fixture.SendAsync(new VoegSluitingsdagToe.Command(new DateOnly(2027, 9, 7), "Verhuizing"));
        (await fixture.SendAsync(new GeefTermijnen.Query())).Sluitingsdagen.Should().ContainSingle(d => d.Datum == new DateOnly(2027, 9, 7));

        await fixture.SendAsync(new VerwijderSluitingsdag.Command(new DateOnly(2027, 9, 7)));

        (await fixture.SendAsync(new GeefTermijnen.Query())).Sluitingsdagen.Should().NotContain(d => d.Datum == new DateOnly(2027, 9, 7));
        var id = await fixture.BiedAanAsync(Nederlands(2027, 9, 6, 10));
        (await fixture.VerlooptOpAsync(id)).Should().Be(Nederlands(2027, 9, 9, 0));
        var nogmaals = () => fixture.SendAsync(new VerwijderSluitingsdag.Command(new DateOnly(2027, 9, 7)));
        await nogmaals.Should().ThrowAsync<ConflictException>();

        await fixture.SendAsync(new VoegSluitingsdagToe.Command(new DateOnly(2027, 9, 8), "Studiedag"));
        fixture.Klok.Zet(Nederlands(2027, 9, 10, 9));
        var verleden = () => fixture.SendAsync(new VerwijderSluitingsdag.Command(new DateOnly(2027, 9, 8)));
        await verleden.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*verleden*");
    }

    [Fact]
    public async Task De_termijn_van_een_team_geldt_voor_wat_daarna_wordt_aangeboden_van_1_tot_20_werkdagen()
    {
        fixture.Klok.Zet(Nederlands(2028, 2, 1, 9));
        var eerder = await fixture.BiedAanAsync(Nederlands(2028, 2, 7, 10), "veiligheid");

        await fixture.SendAsync(new WijzigTermijn.Command("veiligheid", 5));

        var later = await fixture.BiedAanAsync(Nederlands(2028, 2, 7, 10), "veiligheid");
        (await fixture.VerlooptOpAsync(later)).Should().Be(Nederlands(2028, 2, 15, 0));
        (await fixture.VerlooptOpAsync(eerder)).Should().Be(Nederlands(2028, 2, 10, 0), "een lopende termijn schuift niet");
        (await fixture.SendAsync(new GeefTermijnen.Query())).Teams.Single(t => t.Code == "veiligheid").TermijnWerkdagen.Should().Be(5);

        foreach (var fout in new int?[] { 0, 21, null })
        {
            var wijzig = () => fixture.SendAsync(new WijzigTermijn.Command("veiligheid", fout));
            (await wijzig.Should().ThrowAsync<ValidationException>()).Which.Errors.Single().PropertyName.Should().Be("Werkdagen");
        }

        var onbekend = () => fixture.SendAsync(new WijzigTermijn.Command("toverteam", 3));
        await onbekend.Should().ThrowAsync<ValidationException>().WithMessage("*toverteam*");
        (await fixture.SendAsync(new GeefTermijnen.Query())).Teams.Single(t => t.Code == "veiligheid").TermijnWerkdagen.Should().Be(5);
    }

    [Fact]
    public async Task De_beheerpagina_toont_de_feestdagen_van_de_komende_twaalf_maanden()
    {
        fixture.Klok.Zet(Nederlands(2026, 12, 1, 9));

        var feestdagen = (await fixture.SendAsync(new GeefTermijnen.Query())).Feestdagen;

        feestdagen.Should().Contain(new GeefTermijnen.Dag(new DateOnly(2026, 12, 25), "Eerste kerstdag"))
            .And.Contain(new GeefTermijnen.Dag(new DateOnly(2027, 3, 29), "Tweede paasdag"))
            .And.Contain(new GeefTermijnen.Dag(new DateOnly(2027, 4, 27), "Koningsdag"))
            .And.Contain(new GeefTermijnen.Dag(new DateOnly(2027, 5, 6), "Hemelvaartsdag"))
            .And.NotContain(d => d.Datum >= new DateOnly(2027, 12, 1));
        feestdagen.Select(d => d.Datum).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Wie_het_recht_niet_heeft_beheert_geen_termijnen()
    {
        fixture.Actor = TestActors.Met(OverdrachtRechten.Lezen, OverdrachtRechten.RouteringBeheren);
        try
        {
            var wijzig = () => fixture.SendAsync(new WijzigTermijn.Command("wmo", 10));
            var sluit = () => fixture.SendAsync(new VoegSluitingsdagToe.Command(new DateOnly(2030, 1, 2), "Sluiting"));

            await wijzig.Should().ThrowAsync<GeenToegangException>();
            await sluit.Should().ThrowAsync<GeenToegangException>();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }

        (await fixture.SendAsync(new GeefTermijnen.Query())).Teams.Single(t => t.Code == "wmo").TermijnWerkdagen.Should().Be(2);
    }

    private async Task<IReadOnlyList<FluentValidation.Results.ValidationFailure>> Weigering(VoegSluitingsdagToe.Command command)
    {
        var voegToe = () => fixture.SendAsync(command);
        return [.. (await voegToe.Should().ThrowAsync<ValidationException>()).Which.Errors];
    }
}
