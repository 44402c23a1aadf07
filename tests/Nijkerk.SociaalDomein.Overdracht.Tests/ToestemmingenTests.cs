using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Overdracht.Toestemmingen;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Overdracht.Tests.PartnerOverdracht;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>
/// The inwoner's toestemming for an external partner: recorded, it lets the overdracht to that partner go and the partner's
/// key read it; withdrawn or missing, neither (row-level security, migration 0004).
/// </summary>
public sealed class ToestemmingenTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Zonder_toestemming_ontbreekt_plangroep_met_toestemming_niet_en_na_intrekking_weer_wel()
    {
        var inwoner = await InwonerAsync(fixture);
        var ontbrekend = () => fixture.SendAsync(new GeefOntbrekendeToestemmingen(inwoner, ["inkomen", "schuldhulpverlening"]));

        (await ontbrekend()).Should().Equal(new OntbrekendeToestemming("schuldhulpverlening", "Plangroep", "Plangroep"));
        await ToestemmingAsync(fixture, inwoner, "Sigma");
        await ToestemmingAsync(fixture, inwoner, "Plangroep", "contactgegevens");
        (await ontbrekend()).Should().ContainSingle("a toestemming for Sigma, or one without the samenvatting, does not cover the overdracht");

        var vastgelegd = await ToestemmingAsync(fixture, inwoner);
        (await ontbrekend()).Should().BeEmpty();

        await fixture.SendAsync(new TrekToestemmingIn.Command(inwoner, vastgelegd.Id, "Regelt het liever zelf"));
        (await ontbrekend()).Should().ContainSingle().Which.PartnerOrganisatie.Should().Be("Plangroep");
        var lijst = await fixture.SendAsync(new GeefToestemmingen.Query(inwoner));
        lijst.Should().HaveCount(3);
        var ingetrokken = lijst.Single(t => t.Id == vastgelegd.Id);
        ingetrokken.Geldig.Should().BeFalse();
        ingetrokken.IngetrokkenDoor.Should().Be(TestActors.AlleRechten.Naam);
        ingetrokken.Intrekkingsreden.Should().Be("Regelt het liever zelf");
        lijst[0].Geldig.Should().BeTrue("the ones that hold come first");
        (await fixture.ScalarAsync<long>(
            "select count(*) from audit.verwerking where persoon_id = @inwoner and handeling like '%TrekToestemmingIn%' and doel = @doel",
            new { inwoner, doel = OverdrachtDoelen.Overdracht })).Should().Be(1);

        var nogmaals = () => fixture.SendAsync(new TrekToestemmingIn.Command(inwoner, vastgelegd.Id, null));
        await nogmaals.Should().ThrowAsync<ConflictException>();
    }

    [Fact]
    public async Task Onvolledige_of_verlopen_toestemming_wordt_geweigerd_met_een_melding_per_veld_en_niets_vastgelegd()
    {
        var inwoner = await InwonerAsync(fixture);
        var vandaag = DateOnly.FromDateTime(DateTime.Today);

        var fout = () => fixture.SendAsync(new LegToestemmingVast.Command(inwoner, "Onbekende BV", [], " ", "per duif", vandaag.AddDays(3), vandaag.AddDays(-1)));

        var fouten = (await fout.Should().ThrowAsync<ValidationException>()).Which.Errors.ToList();
        fouten.Select(f => f.PropertyName).Should().BeEquivalentTo(["PartnerOrganisatie", "Gegevens", "Doel", "Wijze", "GegevenOp", "GeldigTot"]);
        fouten.Single(f => f.PropertyName == "PartnerOrganisatie").ErrorMessage.Should().Contain("Plangroep");
        (await fixture.SendAsync(new GeefToestemmingen.Query(inwoner))).Should().BeEmpty();

        var onbekendeInwoner = () => ToestemmingAsync(fixture, Guid.NewGuid());
        await onbekendeInwoner.Should().ThrowAsync<NietGevondenException>();
    }

    [Fact]
    public async Task De_partner_ziet_alleen_eigen_overdrachten_met_geldige_toestemming_en_na_intrekking_niet_meer()
    {
        var inwoner = await InwonerAsync(fixture);
        var overdracht = await OverdrachtAsync(fixture, inwoner, "aangeboden");
        await fixture.ScalarAsync<object>(
            "insert into overdracht.overdracht_stap (id, overdracht_id, soort, op, door, door_naam) values (@id, @overdracht, 'aangeboden', now(), 'systeem', 'Systeem')",
            new { id = Guid.NewGuid(), overdracht });

        (await ZichtbaarAsync(fixture, Plangroep, overdracht)).Should().Be((0L, 0L), "without toestemming nothing is shared");
        var toestemming = await ToestemmingAsync(fixture, inwoner);
        (await ZichtbaarAsync(fixture, Plangroep, overdracht)).Should().Be((1L, 1L));
        (await ZichtbaarAsync(fixture, Sigma, overdracht)).Should().Be((0L, 0L), "Sigma is not the partner it went to");
        (await ZichtbaarAsync(fixture, TestActors.AlleRechten, overdracht)).Should().Be((1L, 1L), "staff see every overdracht");

        await fixture.SendAsync(new TrekToestemmingIn.Command(inwoner, toestemming.Id, null));

        (await ZichtbaarAsync(fixture, Plangroep, overdracht)).Should().Be((0L, 0L));
        (await ZichtbaarAsync(fixture, TestActors.AlleRechten, overdracht)).Should().Be((1L, 1L));
    }
}
