using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

/// <summary>Intake follows Overdracht's events: the kastje-muur count, and what comes back to the loket's werkvoorraad.</summary>
public sealed class OverdrachtVolgenTests(SliceFixture fixture) : IClassFixture<SliceFixture>, IAsyncLifetime
{
    private static readonly Paginering Alles = new(1, 100);

    private static readonly Actor Wilma = new(
        "0190a8c4-0000-7000-8000-00000000a001", "Wilma Wmo", ActorSoort.Medewerker,
        new HashSet<string>(TestModules.Registry.RechtenVan([Rollen.Vakspecialist])), Teams: ["wmo"]);

    private static readonly Actor Kees = Wilma with { Id = "0190a8c4-0000-7000-8000-00000000a002", Naam = "Kees Collega" };

    public Task InitializeAsync()
    {
        fixture.Actor = TestActors.AlleRechten;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        fixture.Actor = TestActors.AlleRechten;
        return Task.CompletedTask;
    }

    private async Task<Guid> InwonerAsync()
    {
        var id = Guid.CreateVersion7();
        await fixture.ScalarAsync<int>(
            "insert into intake.inwoner (id, voornamen, achternaam, geboortedatum, geregistreerd_op) values (@id, 'Sanne', 'Mulder', date '1979-02-14', now())",
            new { id });
        return id;
    }

    private async Task<(Guid Aanmelding, Guid Inwoner)> DoorgezetAsync(string vraag = "De rekeningen stapelen zich op")
    {
        var inwoner = await InwonerAsync();
        var id = await fixture.SendAsync(new RegistreerAanmelding.Command("balie", "inwoner-zelf", vraag, inwoner, "normaal"));
        await fixture.SendAsync(new ZetAanmeldingDoor.Command(id));
        return (id, inwoner);
    }

    private static OverdrachtAangeboden Aangeboden(Guid aanmelding, Guid inwoner, string team, string? partner = null, Guid? vorige = null) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), aanmelding, inwoner, team, partner, ["inkomen"],
            DateTimeOffset.UtcNow.AddDays(2), vorige);

    private static OverdrachtTeruggelegd Teruggelegd(OverdrachtAangeboden aangeboden) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, aangeboden.OverdrachtId, aangeboden.AanmeldingId, aangeboden.InwonerId, aangeboden.TeamCode,
            aangeboden.PartnerOrganisatie, "niet-ons-team", "Hoort niet bij ons team", "Dit is een Wmo-vraag, geen inkomensvraag.");

    private static OverdrachtVerlopen Verlopen(OverdrachtAangeboden aangeboden, bool terugNaarLoket) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, aangeboden.OverdrachtId, aangeboden.AanmeldingId, aangeboden.InwonerId, aangeboden.TeamCode,
            aangeboden.PartnerOrganisatie, aangeboden.VerlooptOp, terugNaarLoket);

    private static OverdrachtGeaccepteerd Geaccepteerd(OverdrachtAangeboden aangeboden) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, aangeboden.OverdrachtId, aangeboden.AanmeldingId, aangeboden.InwonerId, aangeboden.TeamCode,
            aangeboden.PartnerOrganisatie, "Wilma Wmo", "033 123 4567", Wilma.Id, true);

    private async Task<GeefWerkvoorraad.Regel?> InWerkvoorraadAsync(Guid id, string? overdracht = null) =>
        (await fixture.SendAsync(new GeefWerkvoorraad.Query(null, null, null, Alles, overdracht))).Items.SingleOrDefault(r => r.Id == id);

    [Fact]
    public async Task Een_teruggelegde_overdracht_staat_weer_in_de_werkvoorraad_met_reden_en_team_en_telt_voor_het_kastje_muur()
    {
        var (id, inwoner) = await DoorgezetAsync();
        (await InWerkvoorraadAsync(id)).Should().BeNull("a doorgezette aanmelding leaves the werkvoorraad");
        var naarWerk = Aangeboden(id, inwoner, "werk-inkomen");
        var naarWmo = Aangeboden(id, inwoner, "wmo");
        await fixture.PublishAsync(naarWerk);
        await fixture.PublishAsync(naarWmo);
        (await InWerkvoorraadAsync(id)).Should().BeNull("offered and not laid back, nothing waits for the loket");

        await fixture.PublishAsync(Teruggelegd(naarWerk));

        var regel = (await InWerkvoorraadAsync(id)).Should().NotBeNull().And.Subject.As<GeefWerkvoorraad.Regel>();
        regel.Status.Should().Be("doorgezet", "the aanmelding is not reopened: a second vraagverheldering would not open");
        (regel.Overdrachten.AantalOverdrachten, regel.Overdrachten.AantalTeruggelegd).Should().Be((2, 1));
        var terug = regel.Overdrachten.Teruggelegd.Should().ContainSingle().Subject;
        terug.OverdrachtId.Should().Be(naarWerk.OverdrachtId);
        terug.Team.Should().Be("Werk & Inkomen");
        terug.RedenOmschrijving.Should().Be("Hoort niet bij ons team");
        terug.Toelichting.Should().Be("Dit is een Wmo-vraag, geen inkomensvraag.");
        (await InWerkvoorraadAsync(id, "teruggelegd")).Should().NotBeNull();
        (await InWerkvoorraadAsync(id, "verlopen")).Should().BeNull();
        var detail = await fixture.SendAsync(new GeefAanmelding.Query(id));
        (detail.Overdrachten.AantalOverdrachten, detail.Overdrachten.AantalTeruggelegd).Should().Be((2, 1));
        detail.Overdrachten.Teruggelegd.Select(t => t.RedenOmschrijving).Should().Equal("Hoort niet bij ons team");
        var lijst = await fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, Alles, "teruggelegd"));
        lijst.Items.Should().ContainSingle(r => r.Id == id).Which.Overdrachten.AantalTeruggelegd.Should().Be(1);
    }

    [Fact]
    public async Task Opnieuw_routeren_haalt_haar_uit_de_werkvoorraad_en_telt_een_overdracht_meer()
    {
        var (id, inwoner) = await DoorgezetAsync();
        var eerste = Aangeboden(id, inwoner, "werk-inkomen");
        await fixture.PublishAsync(eerste);
        await fixture.PublishAsync(Teruggelegd(eerste));
        (await InWerkvoorraadAsync(id)).Should().NotBeNull();

        await fixture.PublishAsync(Aangeboden(id, inwoner, "wmo", vorige: eerste.OverdrachtId));

        (await InWerkvoorraadAsync(id)).Should().BeNull("the loket routed it anew");
        var stand = (await fixture.SendAsync(new GeefAanmelding.Query(id))).Overdrachten;
        (stand.AantalOverdrachten, stand.AantalTeruggelegd).Should().Be((2, 1));
        stand.Teruggelegd.Should().BeEmpty();
    }

    [Fact]
    public async Task Een_verlopen_overdracht_bij_een_team_valt_op_tot_zij_wordt_geaccepteerd()
    {
        var (id, inwoner) = await DoorgezetAsync();
        var aangeboden = Aangeboden(id, inwoner, "wmo");
        await fixture.PublishAsync(aangeboden);

        await fixture.PublishAsync(Verlopen(aangeboden, terugNaarLoket: false));

        var regel = (await InWerkvoorraadAsync(id, "verlopen")).Should().NotBeNull().And.Subject.As<GeefWerkvoorraad.Regel>();
        regel.Overdrachten.Verlopen.Should().ContainSingle().Which.Team.Should().Be("Wmo");
        (regel.Overdrachten.AantalOverdrachten, regel.Overdrachten.AantalTeruggelegd).Should().Be((1, 0), "a team's expiry is escalated, not laid back");
        (await InWerkvoorraadAsync(id, "teruggelegd")).Should().BeNull();

        await fixture.PublishAsync(Geaccepteerd(aangeboden));

        (await InWerkvoorraadAsync(id)).Should().BeNull();
    }

    [Fact]
    public async Task Een_verlopen_overdracht_bij_een_partner_komt_terug_bij_het_loket_en_telt_als_teruggelegd()
    {
        var (id, inwoner) = await DoorgezetAsync();
        var aangeboden = Aangeboden(id, inwoner, "werk-inkomen", partner: "Plangroep");
        await fixture.PublishAsync(aangeboden);

        await fixture.PublishAsync(Verlopen(aangeboden, terugNaarLoket: true));

        var stand = (await fixture.SendAsync(new GeefAanmelding.Query(id))).Overdrachten;
        (stand.AantalOverdrachten, stand.AantalTeruggelegd).Should().Be((1, 1));
        var terug = stand.Teruggelegd.Should().ContainSingle().Subject;
        terug.PartnerOrganisatie.Should().Be("Plangroep");
        terug.RedenOmschrijving.Should().Contain("Plangroep");
        stand.Verlopen.Should().BeEmpty("it is back at the loket rather than waiting at the partner");
        (await InWerkvoorraadAsync(id, "teruggelegd")).Should().NotBeNull();
    }

    [Fact]
    public async Task Dezelfde_events_twee_keer_en_in_andere_volgorde_tellen_eenmaal()
    {
        var (id, inwoner) = await DoorgezetAsync();
        var aangeboden = Aangeboden(id, inwoner, "werk-inkomen");
        var teruggelegd = Teruggelegd(aangeboden);

        await fixture.PublishAsync(teruggelegd);
        await fixture.PublishAsync(aangeboden);
        await fixture.PublishAsync(aangeboden);
        await fixture.PublishAsync(teruggelegd);

        var stand = (await fixture.SendAsync(new GeefAanmelding.Query(id))).Overdrachten;
        (stand.AantalOverdrachten, stand.AantalTeruggelegd).Should().Be((1, 1));
        stand.Teruggelegd.Should().ContainSingle().Which.Team.Should().Be("Werk & Inkomen");
    }

    [Fact]
    public async Task Een_teruggelegde_aanmelding_kan_niet_nog_eens_worden_doorgezet()
    {
        var (id, inwoner) = await DoorgezetAsync();
        var aangeboden = Aangeboden(id, inwoner, "werk-inkomen");
        await fixture.PublishAsync(aangeboden);
        await fixture.PublishAsync(Teruggelegd(aangeboden));

        var doorzetten = () => fixture.SendAsync(new ZetAanmeldingDoor.Command(id));

        await doorzetten.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*al doorgezet*");
    }

    private async Task GeaccepteerdeOverdrachtAsync(Guid inwoner, string medewerkerId, string naam = "Wilma Wmo", string telefoon = "033 123 4567")
    {
        await fixture.ScalarAsync<int>(
            """
            insert into overdracht.overdracht (id, aanmelding_id, inwoner_id, team_code, expertises, samenvatting, status, aangeboden_op, verloopt_op,
                                               geaccepteerd_op, geaccepteerd_door, aanspreekpunt_naam, aanspreekpunt_telefoon)
            values (@id, @aanmelding, @inwoner, 'wmo', array['wmo-2015'], 'Mevrouw redt het huishouden niet meer.', 'geaccepteerd', now() - interval '3 days',
                    now() - interval '1 day', now() - interval '2 days', @medewerkerId, @naam, @telefoon)
            """,
            new { id = Guid.CreateVersion7(), aanmelding = Guid.CreateVersion7(), inwoner, medewerkerId, naam, telefoon });
    }

    [Fact]
    public async Task Routeren_naar_de_vakspecialist_van_een_geaccepteerde_overdracht_zet_de_aanmelding_in_zijn_lijst_en_niet_in_die_van_een_ander()
    {
        var inwoner = await InwonerAsync();
        await GeaccepteerdeOverdrachtAsync(inwoner, Wilma.Id);
        var id = await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", "Nu ook vragen over een scootmobiel", inwoner, "normaal"));
        var anders = await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", "Iets anders", await InwonerAsync(), "normaal"));

        var routering = await fixture.SendAsync(new RouteerAanmelding.Command(id));

        routering.Rol.Should().Be("vakspecialist");
        routering.Aanspreekpunt.Should().Be("Wilma Wmo");
        (await fixture.SendAsync(new GeefAanmelding.Query(id))).Status.Should().Be("gerouteerd");
        (await fixture.ScalarAsync<string>(
            "select payload->>'medewerkerId' from intake.outbox where type like '%AanmeldingGerouteerd' and payload->>'aanmeldingId' = @id", new { id = id.ToString() }))
            .Should().Be(Wilma.Id);
        fixture.Actor = Wilma;
        var bijWilma = await fixture.SendAsync(new GeefAanMijGerouteerd.Query(Alles));
        bijWilma.Items.Should().ContainSingle().Which.Should().Match<GeefAanMijGerouteerd.Regel>(r => r.Id == id && r.Inwoner == "Sanne Mulder");
        bijWilma.Items.Select(r => r.Id).Should().NotContain(anders);
        var alleAanmeldingen = () => fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, Alles));
        var eenAanmelding = () => fixture.SendAsync(new GeefAanmelding.Query(anders));
        await alleAanmeldingen.Should().ThrowAsync<GeenToegangException>("a vakspecialist reads only what is routed to him");
        await eenAanmelding.Should().ThrowAsync<GeenToegangException>();
        fixture.Actor = Kees;
        (await fixture.SendAsync(new GeefAanMijGerouteerd.Query(Alles))).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Het_overzicht_noemt_de_vakspecialist_als_aanspreekpunt_met_telefoon_en_team()
    {
        var inwoner = await InwonerAsync();
        await GeaccepteerdeOverdrachtAsync(inwoner, Wilma.Id);

        var overzicht = await fixture.SendAsync(new GeefOverzicht.Query(inwoner));

        overzicht.Aanspreekpunt.Should().Be(new GeefOverzicht.Aanspreekpunt("Wilma Wmo", "vakspecialist", "033 123 4567", "Wmo"));
    }
}
