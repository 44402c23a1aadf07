using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class InwonerTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static RegistreerInwoner.Command Inwoner(string achternaam = "Jansen", string? bsn = null, string postcode = "3861 AB") =>
        new("Pieter Jan", "van", achternaam, new DateOnly(1961, 4, 12), "Frieswijkstraat", 12, "a", postcode, "Nijkerk", bsn);

    [Fact]
    public async Task Een_geregistreerde_inwoner_is_terug_te_lezen_zonder_zijn_bsn()
    {
        var id = await fixture.SendAsync(Inwoner(bsn: "111222333"));

        var inwoner = await fixture.SendAsync(new GeefInwoner.Query(id));

        inwoner.Achternaam.Should().Be("Jansen");
        inwoner.Voorvoegsel.Should().Be("van");
        inwoner.Geboortedatum.Should().Be(new DateOnly(1961, 4, 12));
        inwoner.Postcode.Should().Be("3861AB");
        inwoner.BsnBekend.Should().BeTrue();
        inwoner.ToString().Should().NotContain("111222333");
    }

    [Fact]
    public async Task Een_tweede_inwoner_met_hetzelfde_bsn_wordt_geweigerd_met_de_id_van_de_eerste()
    {
        var eerste = await fixture.SendAsync(Inwoner("De Vries", "123456782"));

        var tweede = () => fixture.SendAsync(Inwoner("Bakker", "123456782"));

        (await tweede.Should().ThrowAsync<ConflictException>()).Which.BestaandeId.Should().Be(eerste.ToString());
        var gevonden = await fixture.SendAsync(new ZoekInwoners.Query(null, "Bakker", new DateOnly(1961, 4, 12), null, null));
        gevonden.Totaal.Should().Be(0, "the refused registration wrote nothing");
    }

    [Fact]
    public async Task Een_ongeldig_bsn_en_lege_velden_geven_nederlandse_meldingen()
    {
        var registreer = () => fixture.SendAsync(new RegistreerInwoner.Command(null, null, "", null, null, 0, null, "12", null, "123456789"));

        var fouten = (await registreer.Should().ThrowAsync<ValidationException>()).Which.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        fouten.Should().Contain(new Dictionary<string, string>
        {
            ["Voornamen"] = "Vul de voornamen in.",
            ["Achternaam"] = "Vul de achternaam in.",
            ["Geboortedatum"] = "Vul de geboortedatum in.",
            ["Postcode"] = "Vul een postcode in als 1234 AB.",
            ["Bsn"] = "Het BSN moet uit 9 cijfers bestaan en de elfproef doorstaan.",
        });
    }

    [Fact]
    public async Task Een_inwoner_is_te_vinden_op_bsn_op_naam_met_geboortedatum_en_op_adres()
    {
        var id = await fixture.SendAsync(Inwoner("Hoekstra", "999996356", "3862 XY"));

        var opBsn = await fixture.SendAsync(new ZoekInwoners.Query("999996356", null, null, null, null));
        var opNaam = await fixture.SendAsync(new ZoekInwoners.Query(null, "hoekstra", new DateOnly(1961, 4, 12), null, null));
        var opAdres = await fixture.SendAsync(new ZoekInwoners.Query(null, null, null, "3862xy", 12));
        var verkeerdeDatum = await fixture.SendAsync(new ZoekInwoners.Query(null, "Hoekstra", new DateOnly(1962, 4, 12), null, null));

        opBsn.Resultaten.Should().ContainSingle().Which.Id.Should().Be(id);
        opNaam.Resultaten.Should().ContainSingle().Which.Id.Should().Be(id);
        opAdres.Resultaten.Should().ContainSingle().Which.Id.Should().Be(id);
        verkeerdeDatum.Resultaten.Should().BeEmpty();
    }

    [Fact]
    public async Task Zoeken_zonder_zoekvraag_wordt_geweigerd()
    {
        var zoek = () => fixture.SendAsync(new ZoekInwoners.Query(null, "Jansen", null, null, null));

        await zoek.Should().ThrowAsync<ValidationException>().WithMessage("*achternaam met geboortedatum*");
    }
}
