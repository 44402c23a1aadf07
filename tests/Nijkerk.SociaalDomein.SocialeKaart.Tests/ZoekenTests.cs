using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

/// <summary>Searching the real Nijkerk sociale kaart as the migrations seed it.</summary>
public sealed class ZoekenTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly DateOnly Woensdag = new(2026, 11, 25);
    private static readonly DateOnly Zaterdag = new(2026, 11, 28);

    private Task<Resultaten<ZoekVoorzieningen.VoorzieningRegel>> ZoekAsync(
        string? zoek = null, string? kern = null, DateOnly? openOp = null, string? leefgebied = null, string? doelgroep = null) =>
        fixture.SendAsync(new ZoekVoorzieningen.Query(zoek, leefgebied, doelgroep, kern, null, openOp, new Paginering(1, 50)));

    [Fact]
    public async Task Schulden_vindt_eerst_de_schuldhulpverlening_van_plangroep_en_schuldhulpmaatje()
    {
        var gevonden = await ZoekAsync("schulden");

        gevonden.Items.Take(2).Select(v => (v.Organisatie, v.Naam)).Should().BeEquivalentTo(
        [
            ("Plangroep", "Schuldhulpverlening"),
            ("Schuldhulpmaatje Nijkerk", "Schuldhulpmaatje"),
        ]);
        gevonden.Items.Should().Contain(v => v.Naam == "Thuisadministratie", "its description speaks of schulden; it ranks below the names");
    }

    [Fact]
    public async Task Formulier_vindt_de_formulierhulp_van_sigma()
    {
        var gevonden = await ZoekAsync("formulier");

        gevonden.Items[0].Should().Match<ZoekVoorzieningen.VoorzieningRegel>(v => v.Naam == "Formulierhulp" && v.Organisatie == "Sigma");
    }

    [Fact]
    public async Task Een_tikfout_vindt_via_trigrammen_toch_de_voorziening()
    {
        var gevonden = await ZoekAsync("schuldhulpmatje");

        gevonden.Items.Should().NotBeEmpty();
        gevonden.Items[0].Naam.Should().Be("Schuldhulpmaatje");
    }

    [Fact]
    public async Task Taal_vindt_het_taalhuis_ook_al_maakt_de_stemmer_er_tal_van()
    {
        var gevonden = await ZoekAsync("taal");

        gevonden.Items[0].Naam.Should().Be("Taalhuis");
    }

    [Fact]
    public async Task Accenten_maken_niet_uit()
    {
        var zonder = await ZoekAsync("clientondersteuning");
        var met = await ZoekAsync("cliëntondersteuning");

        zonder.Items[0].Organisatie.Should().Be("MEE Veluwe");
        met.Items.Select(v => v.Id).Should().Equal(zonder.Items.Select(v => v.Id));
    }

    [Fact]
    public async Task Kern_hoevelaken_en_open_op_woensdag_beperken_de_uitkomst()
    {
        var inHoevelaken = await ZoekAsync(kern: "Hoevelaken");
        var opWoensdag = await ZoekAsync(kern: "Hoevelaken", openOp: Woensdag);
        var opZaterdag = await ZoekAsync(kern: "Hoevelaken", openOp: Zaterdag);

        inHoevelaken.Items.Select(v => v.Naam).Should().BeEquivalentTo(["Formulierhulp", "Vervoer en klussen", "Gebiedsteam Hoevelaken"]);
        inHoevelaken.Items.Should().AllSatisfy(v => v.Kernen.Should().Contain("Hoevelaken"));
        opWoensdag.Items.Select(v => v.Naam).Should().BeEquivalentTo(["Formulierhulp", "Gebiedsteam Hoevelaken"],
            "the Hulpdienst has no known opening hours; the others are reachable on working days");
        opZaterdag.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Open_op_woensdag_vindt_de_inloop_van_paasbos_maar_op_maandag_niet_zonder_telefoon()
    {
        var woensdag = await ZoekAsync("Paasbos", openOp: Woensdag);
        var zondag = await ZoekAsync("Paasbos", openOp: new DateOnly(2026, 11, 29));

        woensdag.Items.Should().ContainSingle(v => v.Naam == "Gebiedsteam Paasbos");
        zondag.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Filters_op_leefgebied_en_doelgroep_combineren_met_zoeken()
    {
        var gevonden = await ZoekAsync(leefgebied: "financien", doelgroep: "jeugd");

        gevonden.Items.Select(v => v.Naam).Should().Contain(["Meedoen voor kinderen", "Cultuurlessen voor kinderen"])
            .And.NotContain("Schuldhulpmaatje");
        gevonden.Items.Should().AllSatisfy(v => v.Leefgebieden.Should().Contain("financien"));
    }

    [Fact]
    public async Task Een_onbekende_kern_wordt_geweigerd()
    {
        var zoek = () => ZoekAsync(kern: "Amersfoort");

        await zoek.Should().ThrowAsync<ValidationException>().WithMessage("*Onbekende kern*");
    }

    [Fact]
    public async Task Een_voorziening_toont_organisatie_locaties_en_openingstijden()
    {
        var paasbos = (await ZoekAsync("Paasbos")).Items.Single();

        var detail = await fixture.SendAsync(new GeefVoorziening.Query(paasbos.Id));

        detail.Organisatie.Naam.Should().Be("Gemeente Nijkerk");
        detail.Locaties.Should().ContainSingle().Which.Kern.Should().Be("Nijkerk");
        detail.Openingstijden.Should().Contain(new GeefVoorziening.Openingstijd(
            3, new TimeOnly(14, 0), new TimeOnly(17, 0), "inloop", detail.Locaties[0].Id, "Gebiedsteam Paasbos"));
    }

    [Fact]
    public async Task Suggesties_voor_financien_bevatten_schuldhulp_en_zetten_vrijwillige_hulp_voor_het_gebiedsteam()
    {
        var suggesties = await fixture.SendAsync(new GeefVoorzieningenVoorLeefgebied("financien", 50));

        suggesties.Select(s => s.Naam).Should().Contain(["Schuldhulpmaatje", "Schuldhulpverlening"]);
        suggesties[0].Soort.Should().Be("lokaal-initiatief");
        suggesties.TakeWhile(s => s.Soort != "gemeentelijk-team").Should().NotBeEmpty();
        suggesties.SkipWhile(s => s.Soort != "gemeentelijk-team").Should().OnlyContain(s => s.Soort == "gemeentelijk-team");
    }
}
