using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>The routing table as it is seeded: every expertise of the reference list goes to its team (domain.md, Reference data).</summary>
public sealed class RouteringTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    public static readonly TheoryData<string, string, string?> Ingericht = new()
    {
        { "jeugd", "jeugd-onderwijs", null },
        { "leerrecht", "jeugd-onderwijs", null },
        { "leerlingenvervoer", "jeugd-onderwijs", null },
        { "wmo-oud", "wmo", null },
        { "wmo-2015", "wmo", null },
        { "gehandicaptenparkeerkaart", "wmo", null },
        { "werk", "werk-inkomen", null },
        { "inkomen", "werk-inkomen", null },
        { "bijzondere-bijstand", "werk-inkomen", null },
        { "schuldhulpverlening", "werk-inkomen", "Plangroep" },
        { "woningurgentie", "werk-inkomen", null },
        { "armoede", "werk-inkomen", null },
        { "inburgering", "werk-inkomen", null },
    };

    [Theory]
    [MemberData(nameof(Ingericht))]
    public async Task Elke_expertise_gaat_naar_het_team_van_de_inrichting(string expertise, string team, string? partner)
    {
        var antwoord = await fixture.SendAsync(new GeefTeamsVoorExpertises([expertise]));

        antwoord.Should().ContainSingle().Which.Should().Match<TeamVoorExpertise>(t =>
            t.Expertise == expertise && t.TeamCode == team && t.PartnerOrganisatie == partner && t.TeamNaam.Length > 0);
    }

    [Fact]
    public async Task Drie_expertises_van_twee_teams_komen_in_de_gevraagde_volgorde_en_een_onbekende_valt_weg()
    {
        var antwoord = await fixture.SendAsync(new GeefTeamsVoorExpertises(["wmo-2015", "toverkunst", "schuldhulpverlening", "inkomen", "wmo-2015"]));

        antwoord.Should().Equal(
            new TeamVoorExpertise("wmo-2015", "wmo", "Wmo", null),
            new TeamVoorExpertise("schuldhulpverlening", "werk-inkomen", "Werk & Inkomen", "Plangroep"),
            new TeamVoorExpertise("inkomen", "werk-inkomen", "Werk & Inkomen", null));
        antwoord.Select(t => t.TeamCode).Distinct().Should().HaveCount(2, "inkomen, schuldhulpverlening and Wmo 2015 is meervoudig");
    }

    [Fact]
    public async Task Geen_expertises_geeft_een_leeg_antwoord() =>
        (await fixture.SendAsync(new GeefTeamsVoorExpertises([]))).Should().BeEmpty();

    [Fact]
    public async Task De_vier_teams_staan_er_met_hun_expertises_en_veiligheid_neemt_er_geen()
    {
        var teams = await fixture.SendAsync(new GeefTeams());

        teams.Select(t => t.Code).Should().BeEquivalentTo(["jeugd-onderwijs", "wmo", "werk-inkomen", "veiligheid"]);
        teams.Single(t => t.Code == "werk-inkomen").Expertises.Should().HaveCount(7)
            .And.ContainSingle(e => e.PartnerOrganisatie == "Plangroep").Which.Expertise.Should().Be("schuldhulpverlening");
        teams.Single(t => t.Code == "veiligheid").Expertises.Should().BeEmpty();
        teams.SelectMany(t => t.Expertises).Should().HaveCount(13);
    }

    [Fact]
    public async Task Elke_sleutel_leest_de_teams_ook_een_partner_zonder_eigen_rechten()
    {
        fixture.Actor = TestActors.Partner("Sigma");
        try
        {
            (await fixture.SendAsync(new GeefTeams())).Should().HaveCount(4);
            (await fixture.SendAsync(new GeefTeamsVoorExpertises(["jeugd"]))).Should().ContainSingle();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }
    }

    [Fact]
    public void Alleen_de_functioneel_beheerder_krijgt_het_recht_de_routering_te_beheren()
    {
        TestModules.Registry.RechtenVan([Rollen.FunctioneelBeheerder]).Should().Contain(OverdrachtRechten.RouteringBeheren);
        TestModules.Registry.RechtenVan(Rollen.Namen.Keys.Where(r => r != Rollen.FunctioneelBeheerder)).Should().NotContain(OverdrachtRechten.RouteringBeheren);
        TestModules.Registry.Scopes.Should().NotContain(OverdrachtRechten.RouteringBeheren, "where handovers go is not a system's decision");
    }
}
