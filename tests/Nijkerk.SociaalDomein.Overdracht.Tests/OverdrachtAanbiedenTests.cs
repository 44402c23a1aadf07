using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.Overdracht.Overdrachten;
using Nijkerk.SociaalDomein.Testing;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>A vraagverheldering afgerond with uitkomst overdracht offers one overdracht per receiving team or partner.</summary>
public sealed class OverdrachtAanbiedenTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    internal static VraagverhelderingAfgerond Afgerond(string samenstelling, string uitkomst = "overdracht", params (string Omschrijving, string[] Expertises)[] hulpvragen) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "zrm",
            [new AfgerondeScore("financien", 2, false)],
            [.. hulpvragen.Select(h => new AfgerondeHulpvraag(h.Omschrijving, ["financien"], [], h.Expertises, false))],
            [.. hulpvragen.SelectMany(h => h.Expertises).Distinct()], samenstelling, uitkomst, null, [],
            "Mevrouw heeft schulden en kan zich thuis niet meer redden.");

    private async Task<IReadOnlyList<ZoekOverdrachten.OverdrachtRegel>> VanAanmeldingAsync(Guid aanmelding) =>
        [.. (await fixture.SendAsync(new ZoekOverdrachten.Query(null, null, null, new Paginering(1, 100)))).Items.Where(o => o.AanmeldingId == aanmelding)];

    private Task<long> UitgaandAsync(string soort, Guid vraagverheldering) => fixture.ScalarAsync<long>(
        "select count(*) from overdracht.outbox where type like '%.' || @Soort and payload->>'vraagverhelderingId' = @Id::text",
        new { Soort = soort, Id = vraagverheldering });

    [Fact]
    public async Task Een_overdracht_per_team_met_de_hulpvragen_van_dat_team()
    {
        var afgerond = Afgerond("meervoudig", "overdracht",
            ("Hulp bij inkomen", ["inkomen"]), ("Hulp bij de huishouding", ["wmo-2015"]), ("Werk en inkomen samen", ["werk", "inkomen"]));

        await fixture.PublishAsync(afgerond);

        var overdrachten = await VanAanmeldingAsync(afgerond.AanmeldingId);
        overdrachten.Select(o => o.TeamCode).Should().BeEquivalentTo(["werk-inkomen", "wmo"]);
        overdrachten.Should().AllSatisfy(o =>
        {
            o.Status.Should().Be(OverdrachtStatus.Aangeboden);
            o.VerlooptOp.Should().BeAfter(o.AangebodenOp);
            o.InwonerId.Should().Be(afgerond.InwonerId);
        });
        var werk = await fixture.SendAsync(new GeefOverdracht.Query(overdrachten.Single(o => o.TeamCode == "werk-inkomen").Id));
        werk.Expertises.Should().Equal("inkomen", "werk");
        werk.Hulpvragen.Select(h => h.Omschrijving).Should().Equal("Hulp bij inkomen", "Werk en inkomen samen");
        werk.Samenvatting.Should().Be(afgerond.Samenvatting);
        werk.Meervoudig.Should().BeTrue();
        werk.Stappen.Should().ContainSingle().Which.Soort.Should().Be("aangeboden");
        var wmo = await fixture.SendAsync(new GeefOverdracht.Query(overdrachten.Single(o => o.TeamCode == "wmo").Id));
        wmo.Hulpvragen.Should().ContainSingle().Which.Omschrijving.Should().Be("Hulp bij de huishouding");
        (await fixture.ScalarAsync<long>(
            "select count(*) from overdracht.outbox where type like '%.OverdrachtAangeboden' and payload->>'aanmeldingId' = @Id::text",
            new { Id = afgerond.AanmeldingId })).Should().Be(2);
    }

    [Fact]
    public async Task Een_partner_krijgt_een_eigen_overdracht_naast_zijn_team()
    {
        var afgerond = Afgerond("enkelvoudig", "overdracht", ("Schulden", ["schuldhulpverlening"]), ("Bijstand", ["inkomen"]));

        await fixture.PublishAsync(afgerond);

        var overdrachten = await VanAanmeldingAsync(afgerond.AanmeldingId);
        overdrachten.Select(o => (o.TeamCode, o.PartnerOrganisatie)).Should().BeEquivalentTo(
            new (string, string?)[] { ("werk-inkomen", null), ("werk-inkomen", "Plangroep") });
        overdrachten.Single(o => o.PartnerOrganisatie == "Plangroep").VerlooptOp.Should()
            .BeCloseTo(overdrachten.Single(o => o.PartnerOrganisatie == "Plangroep").AangebodenOp.AddDays(14), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Opnieuw_afgeleverd_biedt_niets_twee_keer_aan()
    {
        var afgerond = Afgerond("meervoudig", "overdracht", ("Inkomen", ["inkomen"]), ("Huishouding", ["wmo-2015"]));

        await fixture.PublishAsync(afgerond);
        await fixture.PublishAsync(afgerond);
        // The same facts under another event id (a vraagverheldering finished twice by a bug elsewhere): the unique index holds.
        await fixture.PublishAsync(afgerond with { EventId = Guid.CreateVersion7() });

        (await VanAanmeldingAsync(afgerond.AanmeldingId)).Should().HaveCount(2);
        (await fixture.ScalarAsync<long>(
            "select count(*) from overdracht.outbox where type like '%.OverdrachtAangeboden' and payload->>'aanmeldingId' = @Id::text",
            new { Id = afgerond.AanmeldingId })).Should().Be(2);
        (await UitgaandAsync(nameof(Contracts.RegisseurGevraagd), afgerond.VraagverhelderingId)).Should().Be(1);
        (await fixture.ScalarAsync<long>(
            "select count(*) from overdracht.overdracht_stap s join overdracht.overdracht o on o.id = s.overdracht_id where o.aanmelding_id = @Id",
            new { Id = afgerond.AanmeldingId })).Should().Be(2);
    }

    [Fact]
    public async Task Meervoudig_vraagt_een_regisseur_enkelvoudig_niet()
    {
        var meervoudig = Afgerond("meervoudig", "overdracht", ("Inkomen", ["inkomen"]), ("Jeugd", ["jeugd"]));
        var enkelvoudig = Afgerond("enkelvoudig", "overdracht", ("Inkomen", ["inkomen"]));

        await fixture.PublishAsync(meervoudig);
        await fixture.PublishAsync(enkelvoudig);

        (await UitgaandAsync(nameof(Contracts.RegisseurGevraagd), meervoudig.VraagverhelderingId)).Should().Be(1);
        (await UitgaandAsync(nameof(Contracts.RegisseurGevraagd), enkelvoudig.VraagverhelderingId)).Should().Be(0);
        (await fixture.ScalarAsync<string>(
            "select payload->>'teams' from overdracht.outbox where type like '%.RegisseurGevraagd' and payload->>'vraagverhelderingId' = @Id::text",
            new { Id = meervoudig.VraagverhelderingId })).Should().Contain("jeugd-onderwijs").And.Contain("werk-inkomen");
    }

    [Fact]
    public async Task Na_samenvoegen_van_inwoners_horen_de_overdracht_en_de_toestemming_bij_de_behouden_inwoner()
    {
        var afgerond = Afgerond("enkelvoudig", "overdracht", ("Inkomen", ["inkomen"]));
        await fixture.PublishAsync(afgerond);
        var behouden = Guid.CreateVersion7();

        var toestemming = await fixture.ScalarAsync<Guid>(
            """
            insert into overdracht.toestemming (id, inwoner_id, partner_organisatie, gegevens, doel, wijze, gegeven_op, geldig_tot, vastgelegd_op, vastgelegd_door)
            values (gen_random_uuid(), @Inwoner, 'Plangroep', array['samenvatting'], 'Schuldhulpverlening', 'mondeling', current_date, current_date + 365, now(), 'test')
            returning id
            """, new { Inwoner = afgerond.InwonerId });

        await fixture.PublishAsync(new Intake.Contracts.InwonersSamengevoegd(Guid.CreateVersion7(), DateTimeOffset.UtcNow, behouden, afgerond.InwonerId!.Value));

        (await VanAanmeldingAsync(afgerond.AanmeldingId)).Should().ContainSingle().Which.InwonerId.Should().Be(behouden);
        (await fixture.ScalarAsync<Guid>("select inwoner_id from overdracht.toestemming where id = @toestemming", new { toestemming }))
            .Should().Be(behouden, "the toestemming he gave stays his");
    }

    [Theory]
    [InlineData("afschalen")]
    [InlineData("geen-rol")]
    public async Task Een_andere_uitkomst_biedt_niets_aan(string uitkomst)
    {
        var afgerond = Afgerond("enkelvoudig", uitkomst, ("Inkomen", ["inkomen"]));

        await fixture.PublishAsync(afgerond);

        (await VanAanmeldingAsync(afgerond.AanmeldingId)).Should().BeEmpty();
    }
}
