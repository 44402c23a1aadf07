using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

/// <summary>The seeded Nijkerk kaart exported as HSDS and read into a municipality whose kaart is empty.</summary>
public sealed class HsdsRondreisTests(SliceFixture nijkerk, LegeKaartFixture leeg) : IClassFixture<SliceFixture>, IClassFixture<LegeKaartFixture>
{
    [Fact]
    public async Task Een_export_ingelezen_in_een_lege_kaart_geeft_dezelfde_kaart_en_opnieuw_inlezen_verandert_niets()
    {
        // Also a closed day and an archived voorziening, which the seed has not.
        await nijkerk.ScalarAsync<object?>("""
            insert into sociale_kaart.sluitingsdag (voorziening_id, datum, omschrijving)
            select id, date '2026-12-25', 'Eerste Kerstdag' from sociale_kaart.voorziening where naam = 'Gebiedsteam Paasbos';
            update sociale_kaart.voorziening set gearchiveerd_op = now() where naam = 'Maatjesproject';
            """);
        var export = await nijkerk.SendAsync(new ExporteerSocialeKaart.Query());

        var verslag = await leeg.SendAsync(new ImporteerSocialeKaart.Command(export));

        verslag.Doorgevoerd.Should().BeTrue();
        verslag.Records.Should().OnlyContain(r => r.Uitkomst == Uitkomsten.Aangemaakt);
        verslag.Aangemaakt.Should().Be(export.Organizations!.Count + export.Services!.Count + export.Locations!.Count
            + export.ServiceAtLocations!.Count + export.Schedules!.Count);
        Json(await leeg.SendAsync(new ExporteerSocialeKaart.Query())).Should().Be(Json(export));
        await ZelfdeZoekresultatenAsync();

        var nogmaals = await leeg.SendAsync(new ImporteerSocialeKaart.Command(export));

        nogmaals.Records.Should().OnlyContain(r => r.Uitkomst == Uitkomsten.Ongewijzigd);
        (await leeg.ScalarAsync<long>("select count(*) from sociale_kaart.voorziening")).Should().Be(export.Services.Count);
        (await leeg.ScalarAsync<long>("select count(*) from sociale_kaart.openingstijd")).Should()
            .Be(await nijkerk.ScalarAsync<long>("select count(*) from sociale_kaart.openingstijd"));
    }

    private async Task ZelfdeZoekresultatenAsync()
    {
        foreach (var (zoek, kern) in new[] { ("schulden", (string?)null), ("formulier", "Hoevelaken"), ((string?)null, "Nijkerkerveen") })
        {
            var query = new ZoekVoorzieningen.Query(zoek, null, null, kern, null, new DateOnly(2026, 11, 25), new Paginering(1, 50));
            var voor = await nijkerk.SendAsync(query);
            var na = await leeg.SendAsync(query);
            na.Should().BeEquivalentTo(voor, o => o.WithStrictOrdering());
        }

        var paasbos = (await nijkerk.SendAsync(new ZoekVoorzieningen.Query("Paasbos", null, null, null, null, null, new Paginering(1, 1)))).Items[0].Id;
        var detailNa = await leeg.SendAsync(new GeefVoorziening.Query(paasbos));
        detailNa.Should().BeEquivalentTo(await nijkerk.SendAsync(new GeefVoorziening.Query(paasbos)));
        detailNa.Openingstijden.Should().NotBeEmpty();
    }

    private static string Json(HsdsDocument document) => JsonSerializer.Serialize(document, Hsds.Json);
}
