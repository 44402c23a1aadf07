using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class AanmeldingTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly Paginering Alles = new(1, 100);

    private static RegistreerAanmelding.Command Aanmelding(string kanaal = "telefoon", string vraag = "Ik kan de huur niet betalen", Guid? inwonerId = null) =>
        new(kanaal, "inwoner-zelf", vraag, inwonerId, "normaal");

    [Fact]
    public async Task Een_lege_aanmelding_wordt_geweigerd_met_een_melding_per_veld_en_schrijft_niets()
    {
        var voor = await fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, Alles));

        var registreer = () => fixture.SendAsync(new RegistreerAanmelding.Command(null, null, null, null, null));

        var fouten = (await registreer.Should().ThrowAsync<ValidationException>()).Which.Errors.Select(e => e.PropertyName);
        fouten.Should().BeEquivalentTo(["Kanaal", "Bron", "Vraag", "Urgentie"]);
        var na = await fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, Alles));
        na.Totaal.Should().Be(voor.Totaal);
    }

    [Fact]
    public async Task Een_onbekend_kanaal_krijgt_een_melding_met_de_keuzes()
    {
        var registreer = () => fixture.SendAsync(Aanmelding(kanaal: "fax"));

        await registreer.Should().ThrowAsync<ValidationException>().WithMessage("*Onbekend kanaal; kies uit: telefoon, e-mail*");
    }

    [Fact]
    public async Task Een_geregistreerde_aanmelding_staat_open_in_de_lijst_met_haar_vraag()
    {
        var inwoner = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Anna", Achternaam = "Smit", Geboortedatum = new DateOnly(1990, 1, 2) });

        var id = await fixture.SendAsync(Aanmelding(kanaal: "balie", vraag: "Hulp bij formulieren", inwonerId: inwoner));

        var aanmelding = await fixture.SendAsync(new GeefAanmelding.Query(id));
        aanmelding.Status.Should().Be("open");
        aanmelding.Vraag.Should().Be("Hulp bij formulieren");
        aanmelding.InwonerId.Should().Be(inwoner);
        var lijst = await fixture.SendAsync(new ZoekAanmeldingen.Query("open", "balie", null, null, null, Alles));
        lijst.Items.Should().ContainSingle(a => a.Id == id);
    }

    [Fact]
    public async Task Een_aanmelding_voor_een_onbekende_inwoner_wordt_geweigerd()
    {
        var registreer = () => fixture.SendAsync(Aanmelding(inwonerId: Guid.CreateVersion7()));

        await registreer.Should().ThrowAsync<RegelOvertredenException>();
    }

    [Fact]
    public async Task De_lijst_filtert_op_kanaal_en_pagineert_nieuwste_eerst()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await fixture.SendAsync(Aanmelding(kanaal: "chat", vraag: $"Vraag {i}")));
        }

        var eerste = await fixture.SendAsync(new ZoekAanmeldingen.Query(null, "chat", null, null, null, new Paginering(1, 2)));
        var derde = await fixture.SendAsync(new ZoekAanmeldingen.Query(null, "chat", null, null, null, new Paginering(3, 2)));

        eerste.Totaal.Should().Be(5);
        eerste.Items.Select(a => a.Id).Should().Equal(ids[4], ids[3]);
        derde.Items.Select(a => a.Id).Should().Equal(ids[0]);
    }

    [Fact]
    public async Task De_lijst_filtert_op_status_bron_en_de_periode_van_binnenkomst_elk_los_en_samen()
    {
        var id = await fixture.SendAsync(new RegistreerAanmelding.Command("huisbezoek", "inwoner-zelf", "Vraag in de periode", null, "normaal"));
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);

        async Task<bool> Gevonden(string? status = null, string? bron = null, DateOnly? van = null, DateOnly? tot = null) =>
            (await fixture.SendAsync(new ZoekAanmeldingen.Query(status, "huisbezoek", bron, van, tot, Alles))).Items.Any(a => a.Id == id);

        (await Gevonden("open", "inwoner-zelf", vandaag.AddDays(-1), vandaag.AddDays(1))).Should().BeTrue();
        (await Gevonden(van: vandaag.AddDays(-1), tot: vandaag.AddDays(-1))).Should().BeFalse();
        (await Gevonden(van: vandaag.AddDays(2))).Should().BeFalse();
        (await Gevonden(tot: vandaag.AddDays(-2))).Should().BeFalse();
        (await Gevonden(bron: "netwerk")).Should().BeFalse();
        (await Gevonden(status: "afgehandeld")).Should().BeFalse();
    }

    [Fact]
    public async Task Een_paginagrootte_boven_de_100_wordt_geweigerd()
    {
        var zoek = () => fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, new Paginering(1, 101)));

        await zoek.Should().ThrowAsync<ValidationException>().WithMessage("*paginagrootte ligt tussen 1 en 100*");
    }

    [Fact]
    public async Task Doorzetten_zet_de_status_en_schrijft_het_event_in_dezelfde_transactie()
    {
        var id = await fixture.SendAsync(Aanmelding(vraag: "Mijn vader redt het niet meer alleen"));

        await fixture.SendAsync(new ZetAanmeldingDoor.Command(id));

        (await fixture.SendAsync(new GeefAanmelding.Query(id))).Status.Should().Be("doorgezet");
        var events = await fixture.ScalarAsync<long>(
            "select count(*) from intake.outbox where type like '%AanmeldingDoorgezet' and payload->>'aanmeldingId' = @id", new { id = id.ToString() });
        events.Should().Be(1);
    }

    [Fact]
    public async Task Een_aanmelding_kan_maar_een_keer_worden_doorgezet()
    {
        var id = await fixture.SendAsync(Aanmelding());
        await fixture.SendAsync(new ZetAanmeldingDoor.Command(id));

        var nogmaals = () => fixture.SendAsync(new ZetAanmeldingDoor.Command(id));

        await nogmaals.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*al doorgezet*");
    }

    [Fact]
    public async Task Doorzetten_van_een_onbekende_aanmelding_geeft_niet_gevonden()
    {
        var doorzetten = () => fixture.SendAsync(new ZetAanmeldingDoor.Command(Guid.CreateVersion7()));

        await doorzetten.Should().ThrowAsync<NietGevondenException>();
    }
}
