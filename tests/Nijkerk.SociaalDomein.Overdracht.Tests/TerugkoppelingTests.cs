using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Overdracht.Herroutering;
using Nijkerk.SociaalDomein.Overdracht.Terugkoppeling;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Overdracht.Tests.PartnerOverdracht;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>The closed loop: the partner reports the result, the loket reopens it, and routes a laid-back one anew.</summary>
public sealed class TerugkoppelingTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Plangroep_koppelt_terug_sigma_vindt_de_overdracht_niet_en_het_loket_heropent_haar()
    {
        var inwoner = await InwonerAsync(fixture);
        var overdracht = await OverdrachtAsync(fixture, inwoner, "geaccepteerd");
        await ToestemmingAsync(fixture, inwoner);

        var doorSigma = () => AlsAsync(Sigma, () => fixture.SendAsync(new KoppelResultaatTerug.Command(overdracht, "geholpen", null)));
        await doorSigma.Should().ThrowAsync<NietGevondenException>();

        var teruggekoppeld = await AlsAsync(Plangroep, () => fixture.SendAsync(
            new KoppelResultaatTerug.Command(overdracht, "deels", "Betalingsregeling getroffen, budgetcoaching nog niet begonnen.")));

        teruggekoppeld.Status.Should().Be("afgerond");
        (await fixture.ScalarAsync<string>("select resultaat || '|' || resultaat_toelichting from overdracht.overdracht where id = @overdracht", new { overdracht }))
            .Should().Be("deels|Betalingsregeling getroffen, budgetcoaching nog niet begonnen.");
        (await fixture.ScalarAsync<string>("select door_naam from overdracht.overdracht_stap where overdracht_id = @overdracht and soort = 'afgerond'", new { overdracht }))
            .Should().Be(Plangroep.Naam);
        (await Gebeurtenis("OverdrachtAfgerond", overdracht)).Should().Be(1);

        var nogmaals = () => AlsAsync(Plangroep, () => fixture.SendAsync(new KoppelResultaatTerug.Command(overdracht, "geholpen", null)));
        await nogmaals.Should().ThrowAsync<ConflictException>();

        var zonderReden = () => fixture.SendAsync(new HeropenOverdracht.Command(overdracht, " "));
        await zonderReden.Should().ThrowAsync<ValidationException>();
        var heropend = await fixture.SendAsync(new HeropenOverdracht.Command(overdracht, "Mevrouw belt: de regeling is niet doorgegaan."));

        heropend.Status.Should().Be("geaccepteerd");
        (await fixture.ScalarAsync<long>("select count(*) from overdracht.overdracht where id = @overdracht and resultaat is null", new { overdracht })).Should().Be(1);
        (await fixture.ScalarAsync<string>("select reden from overdracht.overdracht_stap where overdracht_id = @overdracht and soort = 'afgerond'", new { overdracht }))
            .Should().Be("deels", "the earlier result stays on the steps");
        (await Gebeurtenis("OverdrachtHeropend", overdracht)).Should().Be(1);
    }

    [Fact]
    public async Task Een_aangeboden_overdracht_wordt_niet_afgerond_en_een_onbekend_resultaat_niet_aangenomen()
    {
        var inwoner = await InwonerAsync(fixture);
        var overdracht = await OverdrachtAsync(fixture, inwoner, "aangeboden", partner: null, team: "wmo");

        var aangeboden = () => fixture.SendAsync(new KoppelResultaatTerug.Command(overdracht, "geholpen", null));
        var onbekend = () => fixture.SendAsync(new KoppelResultaatTerug.Command(overdracht, "prima", null));

        await aangeboden.Should().ThrowAsync<ConflictException>();
        (await onbekend.Should().ThrowAsync<ValidationException>()).Which.Errors.Single().ErrorMessage.Should().Contain("niet-bereikt");
        var vanJeugd = () => AlsAsync(
            TestActors.Met(OverdrachtRechten.Terugkoppelen) with { Teams = ["jeugd-onderwijs"] }, () => fixture.SendAsync(new KoppelResultaatTerug.Command(overdracht, "geholpen", null)));
        await vanJeugd.Should().ThrowAsync<NietGevondenException>("a vakspecialist reports on his own team's overdrachten only");
    }

    [Fact]
    public async Task Een_teruggelegde_overdracht_gaat_opnieuw_naar_een_team_maar_naar_een_partner_alleen_met_toestemming()
    {
        var inwoner = await InwonerAsync(fixture);
        var teruggelegd = await OverdrachtAsync(fixture, inwoner, "teruggelegd", partner: null);

        var naarPlangroep = () => fixture.SendAsync(new RouteerOverdrachtOpnieuw.Command(teruggelegd, null, "Plangroep", null));
        (await naarPlangroep.Should().ThrowAsync<RegelOvertredenException>()).Which.Message
            .Should().Be("Voor schuldhulpverlening door Plangroep is toestemming van de inwoner nodig: leg die eerst vast.");
        (await fixture.ScalarAsync<long>("select count(*) from overdracht.overdracht where vorige_overdracht_id = @teruggelegd", new { teruggelegd })).Should().Be(0);

        var gerouteerd = await fixture.SendAsync(new RouteerOverdrachtOpnieuw.Command(teruggelegd, "wmo", null, "Het gaat om hulp in huis."));

        gerouteerd.VorigeOverdrachtId.Should().Be(teruggelegd);
        gerouteerd.TeamCode.Should().Be("wmo");
        gerouteerd.VerlooptOp.Should().BeAfter(DateTimeOffset.UtcNow);
        (await fixture.ScalarAsync<string>(
            "select status || '|' || samenvatting || '|' || (inwoner_id = @inwoner) from overdracht.overdracht where id = @id", new { id = gerouteerd.Id, inwoner }))
            .Should().Be("aangeboden|Mevrouw heeft drie schuldeisers en wil overzicht.|true");
        (await Gebeurtenis("OverdrachtAangeboden", gerouteerd.Id)).Should().Be(1);
        (await fixture.ScalarAsync<string>(
            "select payload->>'vorigeOverdrachtId' from overdracht.outbox where type like '%OverdrachtAangeboden' and payload->>'overdrachtId' = @id",
            new { id = gerouteerd.Id.ToString() })).Should().Be(teruggelegd.ToString());

        var nogmaals = () => fixture.SendAsync(new RouteerOverdrachtOpnieuw.Command(teruggelegd, "jeugd-onderwijs", null, null));
        await nogmaals.Should().ThrowAsync<ConflictException>();
        var lopende = () => fixture.SendAsync(new RouteerOverdrachtOpnieuw.Command(gerouteerd.Id, "jeugd-onderwijs", null, null));
        await lopende.Should().ThrowAsync<ConflictException>("an offered overdracht is not the loket's to route");

        var verlopen = await OverdrachtAsync(fixture, inwoner, "verlopen", partner: null);
        await ToestemmingAsync(fixture, inwoner);
        var naarPartner = await fixture.SendAsync(new RouteerOverdrachtOpnieuw.Command(verlopen, null, "Plangroep", null));
        naarPartner.PartnerOrganisatie.Should().Be("Plangroep");
        naarPartner.TeamCode.Should().Be("werk-inkomen");
    }

    private Task<long> Gebeurtenis(string soort, Guid overdracht) =>
        fixture.ScalarAsync<long>(
            "select count(*) from overdracht.outbox where type like '%' || @soort and payload->>'overdrachtId' = @overdracht",
            new { soort, overdracht = overdracht.ToString() });

    private async Task<T> AlsAsync<T>(BuildingBlocks.Toegang.Actor actor, Func<Task<T>> actie)
    {
        var was = fixture.Actor;
        fixture.Actor = actor;
        try
        {
            return await actie();
        }
        finally
        {
            fixture.Actor = was;
        }
    }
}
