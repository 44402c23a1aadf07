using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Terugbelverzoeken;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class ContactmomentTerugbelTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private Task<Guid> RegistreerAsync(string bron = "inwoner-zelf") =>
        fixture.SendAsync(new RegistreerAanmelding.Command("balie", bron, "Ik heb hulp nodig bij formulieren", null, "normaal"));

    [Fact]
    public async Task Registreren_legt_het_eerste_contactmoment_vast_en_terugbellen_een_tweede()
    {
        var id = await RegistreerAsync();

        await fixture.SendAsync(new RegistreerContactmoment.Command(id, "telefoon", "Belt terug", null));

        var aanmelding = await fixture.SendAsync(new GeefAanmelding.Query(id));
        aanmelding.Contactmomenten.Select(c => c.Kanaal).Should().Equal("balie", "telefoon");
        aanmelding.Contactmomenten[0].VastgelegdDoor.Should().Be(TestActors.AlleRechten.Naam);
    }

    [Fact]
    public async Task Een_contactmoment_in_de_toekomst_wordt_geweigerd()
    {
        var id = await RegistreerAsync();

        var vastleggen = () => fixture.SendAsync(new RegistreerContactmoment.Command(id, "telefoon", null, DateTimeOffset.UtcNow.AddDays(1)));

        await vastleggen.Should().ThrowAsync<ValidationException>().WithMessage("*niet in de toekomst*");
    }

    [Fact]
    public async Task Een_afgerond_terugbelverzoek_kan_niet_nogmaals_worden_afgerond_en_verdwijnt_uit_de_open_lijst()
    {
        var id = await RegistreerAsync();
        var verzoek = await fixture.SendAsync(new VraagTerugbelverzoekAan.Command(id, null, "wmo", "0331234567", null));
        var open = await fixture.SendAsync(new ZoekTerugbelverzoeken.Query(null, ["wmo"], new(1, 100)));

        var afronding = await fixture.SendAsync(new RondTerugbelverzoekAf.Command(id, verzoek.Id));
        var nogmaals = () => fixture.SendAsync(new RondTerugbelverzoekAf.Command(id, verzoek.Id));

        open.Items.Select(t => t.Id).Should().Contain(verzoek.Id);
        afronding.AfgerondDoor.Should().Be(TestActors.AlleRechten.Naam);
        await nogmaals.Should().ThrowAsync<RegelOvertredenException>().WithMessage("Dit terugbelverzoek is al afgerond door*");
        (await fixture.SendAsync(new ZoekTerugbelverzoeken.Query(null, ["wmo"], new(1, 100)))).Items.Select(t => t.Id).Should().NotContain(verzoek.Id);
    }

    [Fact]
    public async Task Een_partner_kan_geen_terugbelverzoek_bij_de_aanmelding_van_een_ander_zetten()
    {
        var id = await RegistreerAsync();
        var vorige = fixture.Actor;
        fixture.Actor = TestActors.Partner("Sigma", IntakeRechten.AanmeldingenSchrijven);
        try
        {
            var aanvragen = () => fixture.SendAsync(new VraagTerugbelverzoekAan.Command(id, "loket", null, "0331234567", null));

            await aanvragen.Should().ThrowAsync<NietGevondenException>();
        }
        finally
        {
            fixture.Actor = vorige;
        }
    }

    [Fact]
    public async Task Een_partnersleutel_zonder_referentiegegevens_kan_toch_onderwerpen_opgeven()
    {
        var vorige = fixture.Actor;
        fixture.Actor = TestActors.Partner("Sigma", IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen);
        try
        {
            var id = await fixture.SendAsync(new RegistreerAanmelding.Command(
                "website-formulier", "voorliggend-veld", "Signaal", null, "normaal", ["financien"], null, true, true));

            var aanmelding = await fixture.SendAsync(new GeefAanmelding.Query(id));
            aanmelding.Onderwerpen.Should().Equal("financien");
            aanmelding.PartnerSignaal!.Organisatie.Should().Be("Sigma");
        }
        finally
        {
            fixture.Actor = vorige;
        }
    }
}
