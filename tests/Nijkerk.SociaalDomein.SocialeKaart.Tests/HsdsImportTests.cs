using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

/// <summary>Reading HSDS files into the seeded Nijkerk kaart: one bad record refuses the file, a change is one update.</summary>
public sealed class HsdsImportTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private const string Tellingen = """
        select (select count(*) from sociale_kaart.organisatie) || '/' || (select count(*) from sociale_kaart.voorziening) || '/' ||
               (select count(*) from sociale_kaart.locatie) || '/' || (select count(*) from sociale_kaart.openingstijd) || '/' ||
               (select sum(versie) from sociale_kaart.voorziening) || '/' || (select count(*) from sociale_kaart.outbox)
        """;

    [Fact]
    public async Task Een_bestand_met_een_kapot_record_leest_niets_in_en_het_verslag_noemt_dat_record_en_waarom()
    {
        var export = await fixture.SendAsync(new ExporteerSocialeKaart.Query());
        var nieuw = new HsdsService(Guid.CreateVersion7().ToString(), export.Organizations![0].Id, "Nieuwe inloop", "Een nieuwe voorziening.", "active",
            null, new DateOnly(2026, 11, 1), [], [Hsds.Attribuut(Guid.Empty, "service", Hsds.Soort, "lokaal-initiatief")]);
        var kapot = export.Schedules!.First(s => s.OpensAt is not null);
        var bestand = export with
        {
            Services = [.. export.Services!, nieuw],
            Schedules = [.. export.Schedules!.Select(s => s == kapot ? s with { OpensAt = "17:00", ClosesAt = "09:00" } : s)],
        };
        var voor = await fixture.ScalarAsync<string>(Tellingen);

        var verslag = await fixture.SendAsync(new ImporteerSocialeKaart.Command(bestand));

        verslag.Doorgevoerd.Should().BeFalse();
        verslag.Records.Where(r => r.Uitkomst == Uitkomsten.Geweigerd).Should().ContainSingle().Which.Should().Match<Verslagregel>(r =>
            r.Type == "schedule" && r.Id == kapot.Id && r.Reden == "closes_at ligt niet na opens_at.");
        verslag.Records.Should().ContainSingle(r => r.Uitkomst == Uitkomsten.Aangemaakt && r.Naam == "Nieuwe inloop", "the report says what would have happened");
        (await fixture.ScalarAsync<string>(Tellingen)).Should().Be(voor);
    }

    [Theory]
    [InlineData("kern", "Onbekende kern 'Utrecht'; kies uit: Nijkerk, Nijkerkerveen, Hoevelaken (attribuut nsd-kern).")]
    [InlineData("organisatie", "organization_id verwijst naar iets dat niet in het bestand en niet op de sociale kaart staat.")]
    [InlineData("dag", "byday noemt de dagen, gescheiden door komma's, uit: MO,TU,WE,TH,FR,SA,SU.")]
    [InlineData("soort", "Geef precies één soort (attribuut nsd-soort) uit: algemene-voorziening, voorliggend-veld, lokaal-initiatief, gemeentelijk-team, zorgaanbieder.")]
    [InlineData("leefgebied", "Onbekend leefgebied 'geluk' (attribuut nsd-leefgebied); de codes staan in GET /api/v1/leefgebieden.")]
    public async Task Een_onbekende_kern_verwijzing_dag_soort_of_leefgebied_wordt_geweigerd_met_de_reden(string fout, string reden)
    {
        var export = await fixture.SendAsync(new ExporteerSocialeKaart.Query());
        var locatie = export.Locations![0];
        var dienst = export.Services![0];
        var schema = export.Schedules!.First(s => s.Byday is not null);
        var bestand = fout switch
        {
            "kern" => export with { Locations = Vervang(export.Locations, locatie, locatie with { Attributes = [], Addresses = [locatie.Addresses![0] with { City = "Utrecht" }] }) },
            "organisatie" => export with { Services = Vervang(export.Services, dienst, dienst with { OrganizationId = Guid.CreateVersion7().ToString() }) },
            "dag" => export with { Schedules = Vervang(export.Schedules, schema, schema with { Byday = "MA,DI" }) },
            "leefgebied" => export with
            {
                Services = Vervang(export.Services, dienst, dienst with
                {
                    Attributes = [.. dienst.Attributes!.Select(a => a.TaxonomyTerm!.Taxonomy == Hsds.Leefgebied ? a with { TaxonomyTerm = a.TaxonomyTerm with { Code = "geluk" } } : a)],
                }),
            },
            _ => export with { Services = Vervang(export.Services, dienst, dienst with { Attributes = [.. dienst.Attributes!.Where(a => a.TaxonomyTerm!.Taxonomy != Hsds.Soort)] }) },
        };

        var verslag = await fixture.SendAsync(new ImporteerSocialeKaart.Command(bestand));

        verslag.Doorgevoerd.Should().BeFalse();
        verslag.Records.Should().ContainSingle(r => r.Uitkomst == Uitkomsten.Geweigerd).Which.Reden.Should().Be(reden);
    }

    private static List<T> Vervang<T>(List<T>? lijst, T oud, T nieuw) => [.. lijst!.Select(x => Equals(x, oud) ? nieuw : x)];

    [Fact]
    public async Task Een_gewijzigde_voorziening_wordt_bijgewerkt_met_een_nieuwe_versie_en_een_gebeurtenis_en_wat_ontbreekt_blijft_staan()
    {
        var export = await fixture.SendAsync(new ExporteerSocialeKaart.Query());
        var formulierhulp = export.Services!.Single(s => s.Name == "Formulierhulp");
        var id = Guid.Parse(formulierhulp.Id!);
        var versie = await fixture.ScalarAsync<int>("select versie from sociale_kaart.voorziening where id = @id", new { id });
        var voorzieningen = await fixture.ScalarAsync<long>("select count(*) from sociale_kaart.voorziening");
        // Only Sigma's part of the kaart, with one description changed: the rest of the kaart is not in the file.
        var sigma = export.Organizations!.Single(o => o.Name == "Sigma").Id;
        var diensten = export.Services!.Where(s => s.OrganizationId == sigma).Select(s => s.Id).ToHashSet();
        var bestand = new HsdsDocument(
            [.. export.Organizations!.Where(o => o.Id == sigma)],
            [.. export.Services!.Where(s => diensten.Contains(s.Id)).Select(s => s == formulierhulp ? s with { Description = "Hulp bij formulieren, ook digitaal." } : s)],
            [.. export.Locations!.Where(l => l.OrganizationId == sigma)],
            [.. export.ServiceAtLocations!.Where(k => diensten.Contains(k.ServiceId))],
            [.. export.Schedules!.Where(s => diensten.Contains(s.ServiceId))]);

        var verslag = await fixture.SendAsync(new ImporteerSocialeKaart.Command(bestand));

        verslag.Doorgevoerd.Should().BeTrue();
        verslag.Records.Where(r => r.Uitkomst != Uitkomsten.Ongewijzigd).Should().ContainSingle()
            .Which.Should().Be(new Verslagregel("service", formulierhulp.Id, "Formulierhulp", Uitkomsten.Bijgewerkt));
        (await fixture.ScalarAsync<int>("select versie from sociale_kaart.voorziening where id = @id", new { id })).Should().Be(versie + 1);
        (await fixture.ScalarAsync<long>(
            "select count(*) from sociale_kaart.outbox where type like '%VoorzieningGewijzigd' and payload->>'voorzieningId' = @id and (payload->>'versie')::int = @versie",
            new { id = id.ToString(), versie = versie + 1 })).Should().Be(1);
        (await fixture.SendAsync(new GeefVoorziening.Query(id))).Omschrijving.Should().Be("Hulp bij formulieren, ook digitaal.");
        (await fixture.ScalarAsync<long>("select count(*) from sociale_kaart.voorziening")).Should().Be(voorzieningen, "what the file leaves out stays");
    }

    [Fact]
    public async Task Alleen_wie_de_sociale_kaart_beheert_mag_inlezen()
    {
        var export = await fixture.SendAsync(new ExporteerSocialeKaart.Query());
        fixture.Actor = TestActors.Met(SocialeKaartRechten.Lezen);
        try
        {
            var inlezen = () => fixture.SendAsync(new ImporteerSocialeKaart.Command(export));

            await inlezen.Should().ThrowAsync<GeenToegangException>();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }
    }
}
