using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Intake.Dienst;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class UitkomstenTests(SliceFixture fixture) : IClassFixture<SliceFixture>, IAsyncLifetime
{
    private static readonly Actor Anne = new("anne", "Anne de Loketmedewerker", ActorSoort.Medewerker, new HashSet<string>(TestModules.Registry.Rechten));
    private static readonly Actor Bram = new("bram", "Bram de Collega", ActorSoort.Medewerker, new HashSet<string>(TestModules.Registry.Rechten));

    public Task InitializeAsync()
    {
        fixture.Actor = Anne;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        fixture.Actor = TestActors.AlleRechten;
        return Task.CompletedTask;
    }

    private Task<Guid> RegistreerAsync(string urgentie = "normaal", string kanaal = "telefoon", Guid? inwonerId = null, string vraag = "Ik kom er niet uit") =>
        fixture.SendAsync(new RegistreerAanmelding.Command(kanaal, "inwoner-zelf", vraag, inwonerId, urgentie));

    // A small builder rather than RegistreerInwoner: these tests are about what follows, not about registering people.
    private async Task<Guid> InwonerAsync()
    {
        var id = Guid.CreateVersion7();
        await fixture.ScalarAsync<int>(
            "insert into intake.inwoner (id, voornamen, achternaam, geboortedatum, geregistreerd_op) values (@id, 'Sanne', 'Mulder', date '1979-02-14', now())",
            new { id });
        return id;
    }

    [Fact]
    public async Task Een_crisisaanmelding_meldt_CrisisGemeld_en_staat_in_de_crisisbalk_tot_iemand_haar_neemt()
    {
        var id = await RegistreerAsync("crisis");

        var gemeld = await fixture.ScalarAsync<long>(
            "select count(*) from intake.outbox where type like '%CrisisGemeld' and payload->>'aanmeldingId' = @id", new { id = id.ToString() });
        gemeld.Should().Be(1);
        (await fixture.SendAsync(new GeefOpenCrisismeldingen())).Meldingen.Select(m => m.AanmeldingId).Should().Contain(id);

        await fixture.SendAsync(new NeemAanmelding.Command(id));

        (await fixture.SendAsync(new GeefOpenCrisismeldingen())).Meldingen.Select(m => m.AanmeldingId).Should().NotContain(id);
    }

    [Fact]
    public async Task Een_gewone_aanmelding_meldt_geen_crisis()
    {
        var id = await RegistreerAsync("hoog");

        var gemeld = await fixture.ScalarAsync<long>(
            "select count(*) from intake.outbox where type like '%CrisisGemeld' and payload->>'aanmeldingId' = @id", new { id = id.ToString() });
        gemeld.Should().Be(0);
    }

    [Fact]
    public async Task De_werkvoorraad_zet_crisis_bovenaan_dan_hoog_dan_normaal_en_binnen_elke_urgentie_de_oudste_eerst()
    {
        var normaal = await RegistreerAsync("normaal", "huisbezoek");
        var hoogOud = await RegistreerAsync("hoog", "huisbezoek");
        var crisis = await RegistreerAsync("crisis", "huisbezoek");
        var hoogNieuw = await RegistreerAsync("hoog", "huisbezoek");

        var werkvoorraad = await fixture.SendAsync(new GeefWerkvoorraad.Query("huisbezoek", null, null, new Paginering(1, 100)));

        werkvoorraad.Items.Select(r => r.Id).Should().Equal(crisis, hoogOud, hoogNieuw, normaal);
    }

    [Fact]
    public async Task De_werkvoorraad_filtert_op_vrij_door_mij_en_door_een_collega()
    {
        var vrij = await RegistreerAsync(kanaal: "spreekuur");
        var vanMij = await RegistreerAsync(kanaal: "spreekuur");
        var vanBram = await RegistreerAsync(kanaal: "spreekuur");
        await fixture.SendAsync(new NeemAanmelding.Command(vanMij));
        fixture.Actor = Bram;
        await fixture.SendAsync(new NeemAanmelding.Command(vanBram));
        fixture.Actor = Anne;

        async Task<IEnumerable<Guid>> Filter(string wie) =>
            (await fixture.SendAsync(new GeefWerkvoorraad.Query("spreekuur", null, wie, new Paginering(1, 100)))).Items.Select(r => r.Id);

        (await Filter("vrij")).Should().Equal(vrij);
        (await Filter("mij")).Should().Equal(vanMij);
        (await Filter("collega")).Should().Equal(vanBram);
    }

    [Fact]
    public async Task Een_collega_kan_een_genomen_aanmelding_niet_nemen_vrijgeven_afhandelen_of_doorzetten()
    {
        var id = await RegistreerAsync();
        await fixture.SendAsync(new NeemAanmelding.Command(id));
        fixture.Actor = Bram;

        var nemen = () => fixture.SendAsync(new NeemAanmelding.Command(id));
        var vrijgeven = () => fixture.SendAsync(new GeefAanmeldingVrij.Command(id));
        var afhandelen = () => fixture.SendAsync(new HandelAanmeldingAf.Command(id, "Informatie gegeven", [], []));
        var doorzetten = () => fixture.SendAsync(new ZetAanmeldingDoor.Command(id));

        (await nemen.Should().ThrowAsync<ConflictException>()).WithMessage("Anne de Loketmedewerker behandelt deze aanmelding al.");
        await vrijgeven.Should().ThrowAsync<ConflictException>();
        await afhandelen.Should().ThrowAsync<ConflictException>();
        await doorzetten.Should().ThrowAsync<ConflictException>();
        fixture.Actor = Anne;
        await fixture.SendAsync(new GeefAanmeldingVrij.Command(id));
        (await fixture.SendAsync(new GeefBehandelaar.Query(id))).Naam.Should().BeNull();
    }

    [Fact]
    public async Task Een_afgehandelde_aanmelding_kan_niet_meer_worden_doorgezet_of_gerouteerd()
    {
        var id = await RegistreerAsync(inwonerId: await InwonerAsync());
        await fixture.SendAsync(new HandelAanmeldingAf.Command(id, "Verwezen naar het Taalhuis", [], []));

        var doorzetten = () => fixture.SendAsync(new ZetAanmeldingDoor.Command(id));
        var routeren = () => fixture.SendAsync(new RouteerAanmelding.Command(id));

        await doorzetten.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*al direct afgehandeld*");
        await routeren.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*al direct afgehandeld*");
        (await fixture.SendAsync(new GeefAfhandeling.Query(id))).Advies.Should().Be("Verwezen naar het Taalhuis");
    }

    [Fact]
    public async Task Routeren_zonder_aanspreekpunt_wordt_geweigerd_en_laat_de_aanmelding_open()
    {
        var id = await RegistreerAsync(inwonerId: await InwonerAsync());

        var routeren = () => fixture.SendAsync(new RouteerAanmelding.Command(id));

        await routeren.Should().ThrowAsync<RegelOvertredenException>().WithMessage("Deze inwoner heeft geen aanspreekpunt*");
        (await fixture.SendAsync(new GeefAanmelding.Query(id))).Status.Should().Be("open");
    }

    [Fact]
    public async Task Het_overzicht_van_een_inwoner_toont_zijn_open_aanmeldingen_en_niet_die_van_een_ander()
    {
        var inwoner = await InwonerAsync();
        var eerdere = await RegistreerAsync(inwonerId: inwoner, vraag: "Hulp bij de administratie");
        var nieuwe = await RegistreerAsync(inwonerId: inwoner, vraag: "Nu ook de huur");
        var vanEenAnder = await RegistreerAsync(inwonerId: await InwonerAsync());

        var overzicht = await fixture.SendAsync(new GeefOverzicht.Query(inwoner));

        overzicht.Inwoner.Naam.Should().Be("Sanne Mulder");
        overzicht.Aanmeldingen.Select(a => a.Id).Should().Equal(nieuwe, eerdere);
        overzicht.Aanmeldingen.Select(a => a.Id).Should().NotContain(vanEenAnder);
        overzicht.Plan.Should().BeNull("Regie is not built yet and answers with nothing");
        overzicht.Overdrachten.Should().BeEmpty();
        overzicht.Aanspreekpunt.Should().BeNull();
    }

    [Fact]
    public async Task Een_partner_ziet_in_het_overzicht_alleen_de_aanmeldingen_van_zijn_eigen_organisatie()
    {
        var inwoner = await InwonerAsync();
        var vanHetLoket = await RegistreerAsync(inwonerId: inwoner, vraag: "Schulden bij de woningcorporatie");
        fixture.Actor = TestActors.Partner("Sigma", IntakeRechten.AanmeldingenSchrijven, IntakeRechten.InwonersLezen);
        var vanSigma = await fixture.SendAsync(new RegistreerAanmelding.Command(
            "website-formulier", "voorliggend-veld", "Signaal van de formulierhulp", inwoner, "normaal", InwonerOpDeHoogte: true, InwonerStemtIn: true));

        var overzicht = await fixture.SendAsync(new GeefOverzicht.Query(inwoner));

        overzicht.Aanmeldingen.Select(a => a.Id).Should().Equal(vanSigma);
        overzicht.Aanmeldingen.Select(a => a.Id).Should().NotContain(vanHetLoket, "a partner sees only what its own organisation submitted");
    }

    [Fact]
    public async Task Een_partner_kan_een_aanmelding_van_een_ander_niet_nemen_afhandelen_of_doorzetten()
    {
        var vanHetLoket = await RegistreerAsync(vraag: "Hulp bij de huur");
        fixture.Actor = TestActors.Partner("Sigma", IntakeRechten.AanmeldingenBehandelen, IntakeRechten.AanmeldingenLezen);

        var nemen = () => fixture.SendAsync(new NeemAanmelding.Command(vanHetLoket));
        var afhandelen = () => fixture.SendAsync(new HandelAanmeldingAf.Command(vanHetLoket, "Informatie gegeven", [], []));
        var doorzetten = () => fixture.SendAsync(new ZetAanmeldingDoor.Command(vanHetLoket));

        await nemen.Should().ThrowAsync<NietGevondenException>();
        await afhandelen.Should().ThrowAsync<NietGevondenException>();
        await doorzetten.Should().ThrowAsync<NietGevondenException>();
        fixture.Actor = Anne;
        (await fixture.SendAsync(new GeefAanmelding.Query(vanHetLoket))).Status.Should().Be("open");
    }

    [Fact]
    public async Task Het_overzicht_van_een_onbekende_inwoner_bestaat_niet()
    {
        var geef = () => fixture.SendAsync(new GeefOverzicht.Query(Guid.CreateVersion7()));

        await geef.Should().ThrowAsync<NietGevondenException>();
    }

    [Fact]
    public async Task De_crisisbalk_noemt_wie_nu_dienst_heeft_en_niet_wie_later_dienst_heeft()
    {
        var nu = DateTimeOffset.UtcNow;
        await fixture.SendAsync(new StelDienstIn.Command("Ria Dienstdoende", "033 123 45 67", nu.AddHours(-1), nu.AddHours(8)));
        await fixture.SendAsync(new StelDienstIn.Command("Kees Later", "033 765 43 21", nu.AddDays(1), nu.AddDays(2)));

        var dienst = (await fixture.SendAsync(new GeefOpenCrisismeldingen())).Dienst;

        dienst.Select(d => d.Naam).Should().Contain("Ria Dienstdoende").And.NotContain("Kees Later");
    }

    [Fact]
    public async Task Een_dienst_die_eindigt_voor_hij_begint_wordt_geweigerd()
    {
        var nu = DateTimeOffset.UtcNow;

        var instellen = () => fixture.SendAsync(new StelDienstIn.Command("Ria", "033 123 45 67", nu, nu.AddHours(-1)));

        (await instellen.Should().ThrowAsync<FluentValidation.ValidationException>()).Which.Errors.Select(e => e.PropertyName).Should().Equal("Tot");
    }
}
