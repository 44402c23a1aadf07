using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class InwonerTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    // Every test registers its own person (name, address and birth date of its own), so the look-alike check of
    // one test never meets another's.
    private static RegistreerInwoner.Command Inwoner(string achternaam, string? bsn = null, string postcode = "3861 AB", int huisnummer = 12,
        DateOnly? geboortedatum = null, bool nieuw = false) =>
        new()
        {
            Voornamen = "Pieter Jan", Voorvoegsel = "van", Achternaam = achternaam, Geboortedatum = geboortedatum ?? new DateOnly(1961, 4, 12),
            Straat = "Frieswijkstraat", Huisnummer = huisnummer, HuisnummerToevoeging = "a", Postcode = postcode, Woonplaats = "Nijkerk", Bsn = bsn,
            Kern = "Nijkerk", Telefoon = "033 246 80 10", Email = "pj@voorbeeld.nl", Voorkeurskanaal = "e-mail", Taal = "Nederlands",
            Ondersteuningsbehoefte = "Slechthorend", NieuwOndanksGelijkenis = nieuw,
        };

    private static WijzigInwoner.Command Wijziging(Guid id, int versie, GeefInwoner.Inwoner i, string? telefoon, string? bsn = null) =>
        new(id, versie, new Persoonsgegevens
        {
            Voornamen = i.Voornamen, Voorvoegsel = i.Voorvoegsel, Achternaam = i.Achternaam, Geboortedatum = i.Geboortedatum, Straat = i.Straat,
            Huisnummer = i.Huisnummer, HuisnummerToevoeging = i.HuisnummerToevoeging, Postcode = i.Postcode, Woonplaats = i.Woonplaats,
            Kern = i.Kern, Telefoon = telefoon, Email = i.Email, Voorkeurskanaal = i.Voorkeurskanaal, Taal = i.Taal,
            Ondersteuningsbehoefte = i.Ondersteuningsbehoefte, Bsn = bsn,
        });

    [Fact]
    public async Task Een_geregistreerde_inwoner_is_terug_te_lezen_zonder_zijn_bsn()
    {
        var id = await fixture.SendAsync(Inwoner("Jansen", bsn: "111222333", postcode: "3861 AC"));

        var inwoner = await fixture.SendAsync(new GeefInwoner.Query(id));

        inwoner.Achternaam.Should().Be("Jansen");
        inwoner.Voorvoegsel.Should().Be("van");
        inwoner.Geboortedatum.Should().Be(new DateOnly(1961, 4, 12));
        inwoner.Postcode.Should().Be("3861AC");
        inwoner.Kern.Should().Be("Nijkerk");
        inwoner.Voorkeurskanaal.Should().Be("e-mail");
        inwoner.Ondersteuningsbehoefte.Should().Be("Slechthorend");
        inwoner.GeregistreerdDoor.Should().Be(TestActors.AlleRechten.Naam);
        inwoner.Versie.Should().Be(1);
        inwoner.BsnBekend.Should().BeTrue();
        inwoner.ToString().Should().NotContain("111222333");
    }

    [Fact]
    public async Task Een_tweede_inwoner_met_hetzelfde_bsn_wordt_geweigerd_met_de_id_van_de_eerste()
    {
        var eerste = await fixture.SendAsync(Inwoner("De Vries", "123456782", postcode: "3861 AD"));

        var tweede = () => fixture.SendAsync(Inwoner("Bakker", "123456782", postcode: "3861 AE", nieuw: true));

        (await tweede.Should().ThrowAsync<ConflictException>()).Which.BestaandeId.Should().Be(eerste.ToString());
        var gevonden = await fixture.SendAsync(new ZoekInwoners.Query(null, "Bakker", new DateOnly(1961, 4, 12), null, null));
        gevonden.Totaal.Should().Be(0, "the refused registration wrote nothing");
    }

    [Fact]
    public async Task Tegelijk_twee_keer_hetzelfde_bsn_registreren_levert_een_inwoner_en_een_conflict()
    {
        var pogingen = Enumerable.Range(0, 4).Select(i => fixture.SendAsync(Inwoner("Gelijktijdig" + i, "234567843", postcode: "3868 AA", huisnummer: i + 1)));

        var uitkomsten = await Task.WhenAll(pogingen.Select(async p =>
        {
            try
            {
                return (Guid?)await p;
            }
            catch (ConflictException)
            {
                return null;
            }
        }));

        uitkomsten.Count(u => u is not null).Should().Be(1);
        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where bsn = '234567843'")).Should().Be(1);
    }

    [Fact]
    public async Task Een_gelijkende_inwoner_wordt_met_kandidaten_geweigerd_tenzij_het_loket_toch_een_nieuwe_wil()
    {
        var eerste = await fixture.SendAsync(Inwoner("Lookalike", postcode: "3861 AF"));

        var opNaam = () => fixture.SendAsync(Inwoner("LOOKALIKE", postcode: "3869 ZZ"));
        var opAdres = () => fixture.SendAsync(Inwoner("Anders-Lookalike", postcode: "3861AF"));

        var conflict = (await opNaam.Should().ThrowAsync<ConflictException>()).Which;
        conflict.Extra!["kandidaten"].Should().BeAssignableTo<IEnumerable<RegistreerInwoner.Kandidaat>>()
            .Which.Should().ContainSingle().Which.Id.Should().Be(eerste);
        await opAdres.Should().ThrowAsync<ConflictException>();
        var tochNieuw = await fixture.SendAsync(Inwoner("LOOKALIKE", postcode: "3869 ZZ", nieuw: true));
        tochNieuw.Should().NotBe(eerste);
    }

    [Fact]
    public async Task Een_ongeldig_bsn_en_lege_velden_geven_nederlandse_meldingen()
    {
        var registreer = () => fixture.SendAsync(new RegistreerInwoner.Command
        {
            Achternaam = "", Huisnummer = 0, Postcode = "12", Bsn = "123456789",
            Kern = "Amersfoort", Telefoon = "bel me", Email = "geen-adres", Voorkeurskanaal = "duif",
        });

        var fouten = (await registreer.Should().ThrowAsync<ValidationException>()).Which.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        fouten.Should().Contain(new Dictionary<string, string>
        {
            ["Voornamen"] = "Vul de voornamen in.",
            ["Achternaam"] = "Vul de achternaam in.",
            ["Geboortedatum"] = "Vul de geboortedatum in.",
            ["Postcode"] = "Vul een postcode in als 1234 AB.",
            ["Bsn"] = "Het BSN moet uit 9 cijfers bestaan en de elfproef doorstaan.",
            ["Kern"] = "Kies de kern: Nijkerk, Nijkerkerveen of Hoevelaken (leeg voor wie buiten de gemeente woont).",
            ["Telefoon"] = "Vul een telefoonnummer in van 10 cijfers, zoals 033 123 45 67 of +31 6 12345678.",
            ["Email"] = "Vul een e-mailadres in als naam@voorbeeld.nl.",
            ["Voorkeurskanaal"] = "Kies het voorkeurskanaal: telefoon, e-mail, post, balie of huisbezoek.",
        });
    }

    [Fact]
    public async Task Een_inwoner_is_te_vinden_op_bsn_op_naam_met_geboortedatum_en_op_adres()
    {
        var id = await fixture.SendAsync(Inwoner("Hoekstra", "999996356", "3862 XY"));

        var opBsn = await fixture.SendAsync(new ZoekInwoners.Query("999996356", null, null, null, null));
        var opNaam = await fixture.SendAsync(new ZoekInwoners.Query(null, "hoekstra", new DateOnly(1961, 4, 12), null, null));
        var opAdres = await fixture.SendAsync(new ZoekInwoners.Query(null, null, null, "3862xy", 12));
        var opAdresEnDatum = await fixture.SendAsync(new ZoekInwoners.Query(null, null, new DateOnly(1961, 4, 12), "3862xy", 12));
        var opAdresAndereDatum = await fixture.SendAsync(new ZoekInwoners.Query(null, null, new DateOnly(1999, 4, 12), "3862xy", 12));
        var verkeerdeDatum = await fixture.SendAsync(new ZoekInwoners.Query(null, "Hoekstra", new DateOnly(1962, 4, 12), null, null));

        opBsn.Resultaten.Should().ContainSingle().Which.Id.Should().Be(id);
        opNaam.Resultaten.Should().ContainSingle().Which.Id.Should().Be(id);
        opAdres.Resultaten.Should().ContainSingle().Which.Id.Should().Be(id);
        opAdresEnDatum.Resultaten.Should().ContainSingle().Which.Id.Should().Be(id);
        opAdresAndereDatum.Resultaten.Should().BeEmpty();
        verkeerdeDatum.Resultaten.Should().BeEmpty();
    }

    [Fact]
    public async Task Zoeken_zonder_zoekvraag_wordt_geweigerd()
    {
        var zoek = () => fixture.SendAsync(new ZoekInwoners.Query(null, "Jansen", null, null, null));

        await zoek.Should().ThrowAsync<ValidationException>().WithMessage("*achternaam met geboortedatum*");
    }

    [Fact]
    public async Task Wijzigen_met_de_juiste_versie_slaat_op_en_meldt_de_gewijzigde_velden_zonder_waarden()
    {
        var id = await fixture.SendAsync(Inwoner("Wijzigbaar", postcode: "3861 AG"));
        var inwoner = await fixture.SendAsync(new GeefInwoner.Query(id));

        var versie = await fixture.SendAsync(Wijziging(id, 1, inwoner, "06 11 22 33 44"));

        versie.Should().Be(2);
        var na = await fixture.SendAsync(new GeefInwoner.Query(id));
        na.Telefoon.Should().Be("06 11 22 33 44");
        na.Versie.Should().Be(2);
        na.GewijzigdDoor.Should().Be(TestActors.AlleRechten.Naam);
        var payload = await fixture.ScalarAsync<string>(
            "select payload::text from intake.outbox where type like '%InwonerGewijzigd' and payload->>'inwonerId' = @id", new { id = id.ToString() });
        payload.Should().Contain("[\"telefoon\"]").And.NotContain("06 11 22 33 44");
    }

    [Fact]
    public async Task Wijzigen_op_een_verouderde_versie_wordt_geweigerd_en_verandert_niets()
    {
        var id = await fixture.SendAsync(Inwoner("Verouderd", postcode: "3861 AH"));
        var inwoner = await fixture.SendAsync(new GeefInwoner.Query(id));
        await fixture.SendAsync(Wijziging(id, 1, inwoner, "06 11 22 33 44"));

        var oud = () => fixture.SendAsync(Wijziging(id, 1, inwoner, "06 99 88 77 66"));

        await oud.Should().ThrowAsync<VerouderdeVersieException>().WithMessage("Iemand anders heeft deze gegevens intussen gewijzigd*");
        (await fixture.SendAsync(new GeefInwoner.Query(id))).Telefoon.Should().Be("06 11 22 33 44");
    }

    [Fact]
    public async Task Een_leeg_bsn_bij_wijzigen_laat_het_bekende_bsn_staan()
    {
        var id = await fixture.SendAsync(Inwoner("Bsnhouder", bsn: "234567855", postcode: "3861 AJ"));
        var inwoner = await fixture.SendAsync(new GeefInwoner.Query(id));

        await fixture.SendAsync(Wijziging(id, 1, inwoner, "06 11 22 33 44", bsn: null));

        (await fixture.SendAsync(new GeefBsn.Query(id))).Bsn.Should().Be("234567855");
    }

    [Fact]
    public async Task Het_bsn_lezen_vraagt_het_recht_bsn_inzien()
    {
        var id = await fixture.SendAsync(Inwoner("Geheim", bsn: "234567867", postcode: "3861 AK"));
        fixture.Actor = TestActors.Met(IntakeRechten.InwonersLezen, IntakeRechten.InwonersSchrijven);
        try
        {
            var lezen = () => fixture.SendAsync(new GeefBsn.Query(id));

            await lezen.Should().ThrowAsync<GeenToegangException>();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }

        (await fixture.SendAsync(new GeefBsn.Query(id))).Bsn.Should().Be("234567867");
        TestModules.Registry.RechtenVan([Rollen.Loketmedewerker]).Should().Contain(IntakeRechten.BsnInzien);
        TestModules.Registry.RechtenVan([Rollen.Beleid, Rollen.FunctioneelBeheerder, Rollen.Vakspecialist]).Should().NotContain(IntakeRechten.BsnInzien);
    }

    [Fact]
    public async Task Samenvoegen_zet_alle_aanmeldingen_om_en_maakt_de_ander_onvindbaar()
    {
        var behouden = await fixture.SendAsync(Inwoner("Samen", postcode: "3861 AL"));
        var ander = await fixture.SendAsync(Inwoner("Samen", bsn: "234567879", postcode: "3861 AL", nieuw: true));
        var aanmeldingen = new[]
        {
            await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", "Eerste vraag", behouden, "normaal")),
            await fixture.SendAsync(new RegistreerAanmelding.Command("balie", "inwoner-zelf", "Tweede vraag", ander, "normaal")),
            await fixture.SendAsync(new RegistreerAanmelding.Command("e-mail", "netwerk", "Derde vraag", ander, "normaal")),
        };

        var omgezet = await fixture.SendAsync(new VoegInwonersSamen.Command(behouden, ander));

        omgezet.Should().Be(2);
        foreach (var aanmelding in aanmeldingen)
        {
            (await fixture.SendAsync(new GeefAanmelding.Query(aanmelding))).InwonerId.Should().Be(behouden);
        }

        var weg = () => fixture.SendAsync(new GeefInwoner.Query(ander));
        (await weg.Should().ThrowAsync<NietGevondenException>()).Which.Extra!["samengevoegdIn"].Should().Be(behouden);
        (await fixture.SendAsync(new ZoekInwoners.Query(null, "Samen", new DateOnly(1961, 4, 12), null, null))).Resultaten
            .Should().ContainSingle().Which.Id.Should().Be(behouden);
        (await fixture.SendAsync(new GeefBsn.Query(behouden))).Bsn.Should().Be("234567879", "the BSN moves to the kept record");
        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where id = @ander and samengevoegd_in = @behouden", new { ander, behouden }))
            .Should().Be(1, "the merged record is kept, not deleted");
        (await fixture.ScalarAsync<long>(
            "select count(*) from intake.outbox where type like '%InwonersSamengevoegd' and payload->>'samengevoegdeInwonerId' = @ander",
            new { ander = ander.ToString() })).Should().Be(1);
    }

    [Fact]
    public async Task Samenvoegen_met_zichzelf_met_een_samengevoegde_of_met_een_ander_bsn_wordt_geweigerd()
    {
        var a = await fixture.SendAsync(Inwoner("Weiger", bsn: "234567880", postcode: "3861 AM"));
        var b = await fixture.SendAsync(Inwoner("Weiger", postcode: "3861 AM", nieuw: true));
        var c = await fixture.SendAsync(Inwoner("Weiger", bsn: "234567892", postcode: "3861 AM", nieuw: true));
        await fixture.SendAsync(new VoegInwonersSamen.Command(a, b));

        var metZichzelf = () => fixture.SendAsync(new VoegInwonersSamen.Command(a, a));
        var alSamengevoegd = () => fixture.SendAsync(new VoegInwonersSamen.Command(c, b));
        var anderBsn = () => fixture.SendAsync(new VoegInwonersSamen.Command(a, c));

        await metZichzelf.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*zichzelf*");
        await alSamengevoegd.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*al samengevoegd*");
        await anderBsn.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*ander BSN*");
    }
}
