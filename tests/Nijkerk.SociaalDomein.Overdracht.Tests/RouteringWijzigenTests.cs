using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Routering;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>The beheerder changes the routing table: the query answers the new routing, and the change is on record.</summary>
public sealed class RouteringWijzigenTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Schuldhulpverlening_terug_naar_het_team_zelf_verandert_het_antwoord_en_staat_in_het_auditlog_en_de_historie()
    {
        const string Vastgelegd = "select count(*) from audit.verwerking where handeling like '%WijzigRoutering%' and doel = @Doel and persoon_id is null";
        var voor = await fixture.ScalarAsync<long>(Vastgelegd, new { Doel = OverdrachtDoelen.Routering });

        var gewijzigd = await fixture.SendAsync(new WijzigRoutering.Command(
        [
            new("schuldhulpverlening", "werk-inkomen", null),
            new("jeugd", "jeugd-onderwijs", null),
        ]));

        gewijzigd.Should().Be(1, "jeugd already went to Jeugd & Onderwijs");
        (await fixture.SendAsync(new GeefTeamsVoorExpertises(["schuldhulpverlening"]))).Should()
            .Equal(new TeamVoorExpertise("schuldhulpverlening", "werk-inkomen", "Werk & Inkomen", null));
        (await fixture.ScalarAsync<string>(
            "select vorige_partner_organisatie from overdracht.routering_wijziging where expertise = 'schuldhulpverlening'")).Should().Be("Plangroep");
        (await fixture.ScalarAsync<long>(Vastgelegd, new { Doel = OverdrachtDoelen.Routering })).Should().Be(voor + 1);
    }

    [Fact]
    public async Task Leerlingenvervoer_naar_wmo_verhuist_de_expertise_tussen_de_teams()
    {
        await fixture.SendAsync(new WijzigRoutering.Command([new("leerlingenvervoer", "wmo", null)]));

        (await fixture.SendAsync(new GeefTeamsVoorExpertises(["leerlingenvervoer"]))).Single().TeamCode.Should().Be("wmo");
        var teams = await fixture.SendAsync(new GeefTeams());
        teams.Single(t => t.Code == "wmo").Expertises.Select(e => e.Expertise).Should().Contain("leerlingenvervoer");
        teams.Single(t => t.Code == "jeugd-onderwijs").Expertises.Select(e => e.Expertise).Should().NotContain("leerlingenvervoer");
    }

    [Fact]
    public async Task Een_onbekend_team_of_een_onbekende_partner_wordt_geweigerd_en_verandert_niets()
    {
        var onbekendTeam = () => fixture.SendAsync(new WijzigRoutering.Command([new("werk", "toverteam", null)]));
        var onbekendePartner = () => fixture.SendAsync(new WijzigRoutering.Command([new("werk", "werk-inkomen", "Onbekende BV")]));
        var dubbel = () => fixture.SendAsync(new WijzigRoutering.Command([new("werk", "wmo", null), new("werk", "werk-inkomen", null)]));

        (await onbekendTeam.Should().ThrowAsync<ValidationException>()).Which.Errors.Should().Contain(e => e.ErrorMessage.Contains("toverteam"));
        (await onbekendePartner.Should().ThrowAsync<ValidationException>()).Which.Errors.Should().Contain(e => e.ErrorMessage.Contains("Onbekende BV"));
        await dubbel.Should().ThrowAsync<ValidationException>();
        (await fixture.SendAsync(new GeefTeamsVoorExpertises(["werk"]))).Single().Should().Be(new TeamVoorExpertise("werk", "werk-inkomen", "Werk & Inkomen", null));
    }

    [Fact]
    public async Task Een_wijziging_op_een_verouderde_versie_wordt_geweigerd_en_laat_de_wijziging_van_de_collega_staan()
    {
        var gezien = (await fixture.SendAsync(new GeefRoutering.Query())).Regels.Single(r => r.Expertise == "woningurgentie").Versie;
        await fixture.SendAsync(new WijzigRoutering.Command([new("woningurgentie", "wmo", null, gezien)]));

        var verouderd = () => fixture.SendAsync(new WijzigRoutering.Command(
            [new("inburgering", "wmo", null, 1), new("woningurgentie", "veiligheid", null, gezien)]));

        await verouderd.Should().ThrowAsync<VerouderdeVersieException>().WithMessage("*woningurgentie*");
        (await fixture.SendAsync(new GeefTeamsVoorExpertises(["woningurgentie", "inburgering"]))).Select(t => t.TeamCode)
            .Should().Equal("wmo", "werk-inkomen");
        (await fixture.SendAsync(new GeefRoutering.Query())).Regels.Single(r => r.Expertise == "woningurgentie").Versie.Should().Be(gezien + 1);
    }

    [Fact]
    public async Task Wie_het_recht_niet_heeft_wijzigt_de_routering_niet()
    {
        fixture.Actor = TestActors.Met(OverdrachtRechten.Lezen, Rechten.Beheer);
        try
        {
            var wijzig = () => fixture.SendAsync(new WijzigRoutering.Command([new("armoede", "wmo", null)]));

            await wijzig.Should().ThrowAsync<GeenToegangException>();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }

        (await fixture.SendAsync(new GeefTeamsVoorExpertises(["armoede"]))).Single().TeamCode.Should().Be("werk-inkomen");
    }
}
