using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;
using Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

public sealed class WerkvoorraadTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Doorzetten_neemt_naam_kern_en_standaardmethode_mee_en_een_wijziging_van_de_inwoner_volgt()
    {
        var inwoner = await fixture.SendAsync(new RegistreerInwoner.Command
        {
            Voornamen = "Gerrit", Achternaam = "Brouwer", Geboortedatum = new DateOnly(1949, 6, 12), Kern = "Nijkerkerveen",
        });
        var aanmelding = await fixture.SendAsync(new RegistreerAanmelding.Command("balie", "inwoner-zelf", "Ik kan de trap niet meer op", inwoner, "normaal"));
        await fixture.SendAsync(new ZetAanmeldingDoor.Command(aanmelding));
        await fixture.DispatchOutboxesAsync();

        var regel = (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle().Subject;
        regel.InwonerNaam.Should().Be("Gerrit Brouwer");
        regel.Kern.Should().Be("Nijkerkerveen");
        (await fixture.SendAsync(new GeefVraagverheldering.Query(regel.Id))).Methode.Code.Should().Be("zrm-2017");

        await fixture.SendAsync(new WijzigInwoner.Command(inwoner, 1, new Persoonsgegevens
        {
            Voornamen = "Gerrit", Voorvoegsel = "de", Achternaam = "Brouwer", Geboortedatum = new DateOnly(1949, 6, 12), Kern = "Hoevelaken",
        }));
        await fixture.DispatchOutboxesAsync();

        var gewijzigd = (await fixture.SendAsync(new ZoekVraagverhelderingen.Query(null, new Paginering(1, 100), Kern: "Hoevelaken"))).Items
            .Should().ContainSingle(r => r.Id == regel.Id).Subject;
        gewijzigd.InwonerNaam.Should().Be("Gerrit de Brouwer");
    }

    [Fact]
    public async Task De_werkvoorraad_zet_crisis_voor_hoog_voor_normaal_en_filtert_op_wie_haar_heeft()
    {
        var normaal = await OpenAsync("normaal");
        var crisis = await OpenAsync("crisis");
        var hoog = await OpenAsync("hoog");
        await fixture.SendAsync(new NeemVraagverheldering.Command(hoog));

        var alle = (await fixture.SendAsync(new ZoekVraagverhelderingen.Query("open", new Paginering(1, 100)))).Items.Select(r => r.Id).ToList();
        var mijn = (await fixture.SendAsync(new ZoekVraagverhelderingen.Query("open", new Paginering(1, 100), Behandelaar: "mij"))).Items;
        var vrij = (await fixture.SendAsync(new ZoekVraagverhelderingen.Query("open", new Paginering(1, 100), Behandelaar: "vrij"))).Items;
        var alleenCrisis = (await fixture.SendAsync(new ZoekVraagverhelderingen.Query("open", new Paginering(1, 100), Urgentie: "crisis"))).Items;

        alle.IndexOf(crisis).Should().BeLessThan(alle.IndexOf(hoog));
        alle.IndexOf(hoog).Should().BeLessThan(alle.IndexOf(normaal));
        mijn.Select(r => r.Id).Should().Equal(hoog);
        mijn[0].Behandelaar.Should().Be(TestActors.AlleRechten.Naam);
        vrij.Select(r => r.Id).Should().Contain([crisis, normaal]).And.NotContain(hoog);
        alleenCrisis.Select(r => r.Urgentie).Should().OnlyContain(u => u == "crisis");
    }

    [Fact]
    public async Task Een_collega_scoort_niet_op_een_vraagverheldering_die_een_ander_heeft_en_er_verandert_niets()
    {
        var id = await OpenAsync("normaal");
        await fixture.SendAsync(new NeemVraagverheldering.Command(id));
        var eigenaar = fixture.Actor;
        fixture.Actor = TestActors.Met(VraagverhelderingRechten.Lezen, VraagverhelderingRechten.Behandelen);
        try
        {
            var scoren = () => fixture.SendAsync(new ScoorLeefgebied.Command(id, "financien", 1, 3, null, false));

            (await scoren.Should().ThrowAsync<ConflictException>()).Which.Message.Should().EndWith("behandelt deze vraagverheldering al.");
        }
        finally
        {
            fixture.Actor = eigenaar;
        }

        var detail = await fixture.SendAsync(new GeefVraagverheldering.Query(id));
        detail.Versie.Should().Be(1);
        detail.Leefgebieden.Single(l => l.Code == "financien").Score.Should().BeNull();
    }

    private async Task<Guid> OpenAsync(string urgentie)
    {
        var aanmelding = await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", $"Vraag met urgentie {urgentie}", null, urgentie));
        await fixture.SendAsync(new ZetAanmeldingDoor.Command(aanmelding));
        await fixture.DispatchOutboxesAsync();
        return (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Single().Id;
    }
}
