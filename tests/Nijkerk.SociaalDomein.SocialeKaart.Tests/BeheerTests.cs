using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.SocialeKaart.Beheer;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

/// <summary>The functioneel beheerder keeps the kaart: create, edit one version at a time, archive, never delete.</summary>
public sealed class BeheerTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private async Task<(Guid Organisatie, Guid Locatie)> MaakOrganisatieAsync(string naam = "Repair Café Hoevelaken")
    {
        var id = await fixture.SendAsync(new MaakOrganisatie.Command(new Organisatiegegevens(
            naam, "Vrijwilligers repareren spullen samen met de eigenaar.", "033 123 45 67", null, "https://example.org", new DateOnly(2026, 11, 20),
            [new LocatieInvoer(null, "Dorpshuis", "Dorpsstraat", "1", "3871 AA", "Hoevelaken", "Hoevelaken")])));
        var organisatie = await fixture.SendAsync(new GeefOrganisatie.Query(id));
        return (id, organisatie.Locaties.Single().Id);
    }

    private static Voorzieningsgegevens Gegevens(Guid organisatie, Guid locatie, string naam = "Repair Café", string[]? leefgebieden = null) => new(
        organisatie, naam, "Elke woensdagmiddag kapotte spullen samen repareren, ook fietsen.", leefgebieden ?? ["financien", "sociaal-netwerk"],
        ["repareren"], ["volwassenen", "ouderen"], true, "lokaal-initiatief", "Loop binnen.", false, new DateOnly(2026, 11, 20), [locatie],
        [new OpeningstijdInvoer(3, new TimeOnly(13, 30), new TimeOnly(16, 30), "inloop", locatie)],
        [new SluitingsdagInvoer(new DateOnly(2026, 12, 30), "Tussen kerst en oud en nieuw")]);

    [Fact]
    public async Task Een_nieuwe_voorziening_is_te_vinden_met_haar_openingstijden_en_meldt_zich_via_de_outbox()
    {
        var (organisatie, locatie) = await MaakOrganisatieAsync();

        var id = await fixture.SendAsync(new MaakVoorziening.Command(Gegevens(organisatie, locatie)));

        var gevonden = await fixture.SendAsync(new ZoekVoorzieningen.Query("repair", null, null, "Hoevelaken", null, new DateOnly(2026, 12, 2), new Paginering(1, 10)));
        gevonden.Items.Should().ContainSingle(v => v.Id == id);
        var dichtOpSluitingsdag = await fixture.SendAsync(new ZoekVoorzieningen.Query("repair", null, null, null, null, new DateOnly(2026, 12, 30), new Paginering(1, 10)));
        dichtOpSluitingsdag.Items.Should().NotContain(v => v.Id == id);
        var detail = await fixture.SendAsync(new GeefVoorziening.Query(id));
        detail.Versie.Should().Be(1);
        detail.Sluitingsdagen.Should().ContainSingle().Which.Omschrijving.Should().Be("Tussen kerst en oud en nieuw");
        (await fixture.ScalarAsync<long>(
            "select count(*) from sociale_kaart.outbox where type like '%VoorzieningGewijzigd' and payload->>'voorzieningId' = @id", new { id = id.ToString() }))
            .Should().Be(1);
    }

    [Fact]
    public async Task Een_wijziging_op_een_oude_versie_wordt_geweigerd_en_verandert_niets()
    {
        var (organisatie, locatie) = await MaakOrganisatieAsync("Buurtkamer De Brink");
        var id = await fixture.SendAsync(new MaakVoorziening.Command(Gegevens(organisatie, locatie, "Buurtkamer")));
        var nieuweVersie = await fixture.SendAsync(new WijzigVoorziening.Command(id, 1, Gegevens(organisatie, locatie, "Buurtkamer De Brink")));

        var verouderd = () => fixture.SendAsync(new WijzigVoorziening.Command(id, 1, Gegevens(organisatie, locatie, "Buurtkamer oud")));

        nieuweVersie.Should().Be(2);
        await verouderd.Should().ThrowAsync<VerouderdeVersieException>();
        (await fixture.SendAsync(new GeefVoorziening.Query(id))).Should().Match<GeefVoorziening.VoorzieningDetail>(v => v.Naam == "Buurtkamer De Brink" && v.Versie == 2);
    }

    [Fact]
    public async Task Onbekende_leefgebieden_en_een_locatie_van_een_ander_worden_geweigerd()
    {
        var (organisatie, _) = await MaakOrganisatieAsync("Stichting Eigen");
        var (_, vreemdeLocatie) = await MaakOrganisatieAsync("Stichting Ander");

        var onbekend = () => fixture.SendAsync(new MaakVoorziening.Command(Gegevens(organisatie, vreemdeLocatie, leefgebieden: ["geluk"])));
        var vreemd = () => fixture.SendAsync(new MaakVoorziening.Command(Gegevens(organisatie, vreemdeLocatie, "Vreemd")));

        (await onbekend.Should().ThrowAsync<ValidationException>()).Which.Errors.Should().Contain(e => e.PropertyName == "Leefgebieden");
        await vreemd.Should().ThrowAsync<RegelOvertredenException>().WithMessage("*hoort niet bij deze organisatie*");
        (await fixture.SendAsync(new GeefOrganisatie.Query(organisatie))).Voorzieningen.Should().BeEmpty();
    }

    [Fact]
    public async Task Een_gearchiveerde_voorziening_verdwijnt_uit_het_zoeken_maar_blijft_op_te_vragen()
    {
        var (organisatie, locatie) = await MaakOrganisatieAsync("Kledingbank Nijkerkerveen");
        var id = await fixture.SendAsync(new MaakVoorziening.Command(Gegevens(organisatie, locatie, "Kledingbank")));

        await fixture.SendAsync(new ArchiveerVoorziening.Command(id, null));
        await fixture.SendAsync(new ArchiveerVoorziening.Command(id, null));

        (await fixture.SendAsync(new ZoekVoorzieningen.Query("kledingbank", null, null, null, null, null, new Paginering(1, 10)))).Items.Should().BeEmpty();
        (await fixture.SendAsync(new GeefVoorziening.Query(id))).GearchiveerdOp.Should().NotBeNull();
        var wijzigen = () => fixture.SendAsync(new WijzigVoorziening.Command(id, 2, Gegevens(organisatie, locatie, "Kledingbank")));
        await wijzigen.Should().ThrowAsync<RegelOvertredenException>();
        await fixture.SendAsync(new ArchiveerOrganisatie.Command(organisatie, null));
        (await fixture.SendAsync(new GeefOrganisatie.Query(organisatie))).GearchiveerdOp.Should().NotBeNull();
    }

    [Fact]
    public async Task Organisaties_zijn_te_vinden_op_een_deel_van_de_naam_zonder_accenten_en_gearchiveerde_alleen_op_verzoek()
    {
        var (actief, _) = await MaakOrganisatieAsync("Stichting Zörg Dichtbij");
        var (gearchiveerd, _) = await MaakOrganisatieAsync("Zorg Dichtbij Oud");
        await fixture.SendAsync(new ArchiveerOrganisatie.Command(gearchiveerd, null));

        async Task<List<Guid>> Zoek(string? naam, bool metGearchiveerd) =>
            [.. (await fixture.SendAsync(new ZoekOrganisaties.Query(naam, metGearchiveerd, new Paginering(1, 100)))).Items.Select(o => o.Id)];

        (await Zoek("ZORG dichtbij", false)).Should().Equal(actief);
        (await Zoek("zorg dichtbij", true)).Should().BeEquivalentTo([actief, gearchiveerd]);
        (await Zoek(null, false)).Should().Contain(actief).And.NotContain(gearchiveerd);
        (await Zoek(null, true)).Should().Contain([actief, gearchiveerd]);
        (await Zoek("Dichtbij Nergens", true)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_voorziening_waarnaar_het_loket_verwees_telt_eenmaal_per_afhandeling_en_kan_niet_worden_verwijderd()
    {
        var (organisatie, locatie) = await MaakOrganisatieAsync("Samen Eten");
        var id = await fixture.SendAsync(new MaakVoorziening.Command(Gegevens(organisatie, locatie, "Samen eten")));
        var afgehandeld = new AanmeldingAfgehandeld(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), null, [id, Guid.CreateVersion7()], ["sociaal-netwerk"]);

        await fixture.PublishAsync(afgehandeld);
        await fixture.PublishAsync(afgehandeld);

        (await fixture.SendAsync(new GeefVoorziening.Query(id))).AantalVerwijzingen.Should().Be(1);
        var verwijderen = () => fixture.ScalarAsync<int>("delete from sociale_kaart.voorziening_locatie where voorziening_id = @id; delete from sociale_kaart.openingstijd where voorziening_id = @id; delete from sociale_kaart.sluitingsdag where voorziening_id = @id; delete from sociale_kaart.voorziening where id = @id", new { id });
        (await verwijderen.Should().ThrowAsync<Npgsql.PostgresException>()).Which.SqlState.Should().Be("23503");
    }
}
