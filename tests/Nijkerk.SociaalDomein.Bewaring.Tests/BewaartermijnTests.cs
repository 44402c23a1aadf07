using FluentValidation;
using Nijkerk.SociaalDomein.Bewaring.Bewaartermijnen;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

public sealed class BewaartermijnTests(BewaringFixture fixture) : IClassFixture<BewaringFixture>
{
    [Fact]
    public async Task Elke_bewaarcategorie_heeft_een_termijn_met_zijn_bron()
    {
        var termijnen = await fixture.SendAsync(new GeefBewaartermijnen.Query());

        termijnen.Select(t => t.Categorie).Should().Equal(Bewaarcategorieen.Alle);
        var jeugd = termijnen.Single(t => t.Categorie == Bewaarcategorieen.Jeugd);
        (jeugd.Termijn, jeugd.Eenheid).Should().Be((20, "jaren"));
        jeugd.Bron.Should().Contain("Jeugdwet art. 7.3.8");
        termijnen.Should().OnlyContain(t => t.Termijn > 0 && t.Bron.Length > 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task Een_termijn_van_nul_of_minder_wordt_geweigerd_en_verandert_niets(int termijn)
    {
        var wijzig = () => fixture.SendAsync(new WijzigBewaartermijn.Command(Bewaarcategorieen.Wmo, termijn, "jaren", "Eigen afweging"));

        (await wijzig.Should().ThrowAsync<ValidationException>()).Which.Errors.Should()
            .ContainSingle(e => e.PropertyName == "Termijn").Which.ErrorMessage.Should().Contain("ten minste 1");
        (await fixture.SendAsync(new GeefBewaartermijnen.Query())).Single(t => t.Categorie == Bewaarcategorieen.Wmo).Termijn.Should().Be(7);
    }

    [Fact]
    public async Task Een_wijziging_legt_vast_wie_wanneer_wat_koos()
    {
        await fixture.SendAsync(new WijzigBewaartermijn.Command(Bewaarcategorieen.Schuldhulp, 18, "maanden", "Besluit van het college"));

        var schuldhulp = (await fixture.SendAsync(new GeefBewaartermijnen.Query())).Single(t => t.Categorie == Bewaarcategorieen.Schuldhulp);
        (schuldhulp.Termijn, schuldhulp.Eenheid, schuldhulp.Bron, schuldhulp.GewijzigdDoor).Should()
            .Be((18, "maanden", "Besluit van het college", TestActors.AlleRechten.Naam));
        schuldhulp.Weergave.Should().Be("18 maanden");
        (await fixture.ScalarAsync<long>("select count(*) from bewaring.bewaartermijn_wijziging where categorie = 'schuldhulp' and termijn = 18")).Should().Be(1);
        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where handeling like '%WijzigBewaartermijn%'")).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Wie_het_recht_niet_heeft_ziet_en_wijzigt_de_termijnen_niet()
    {
        fixture.Actor = TestActors.Met(Rechten.PersoonsgegevensInzien);
        try
        {
            await ((Func<Task>)(() => fixture.SendAsync(new GeefBewaartermijnen.Query()))).Should().ThrowAsync<GeenToegangException>();
            await ((Func<Task>)(() => fixture.SendAsync(new WijzigBewaartermijn.Command(Bewaarcategorieen.Wmo, 1, "jaren", "x")))).Should().ThrowAsync<GeenToegangException>();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }

        (await fixture.SendAsync(new GeefBewaartermijnen.Query())).Single(t => t.Categorie == Bewaarcategorieen.Wmo).Termijn.Should().Be(7);
    }
}
