using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

/// <summary>The kern filter reads the kernen kept on the voorziening: they follow every change of its locaties.</summary>
public sealed class KernenTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private async Task<IReadOnlyList<string>> InKernAsync(string kern) =>
        [.. (await fixture.SendAsync(new ZoekVoorzieningen.Query("ouderenadvies", null, null, kern, null, null, new Paginering(1, 50)))).Items.Select(v => v.Naam)];

    [Fact]
    public async Task Een_voorziening_die_een_locatie_in_een_andere_kern_krijgt_of_verliest_of_waarvan_de_locatie_verhuist_wordt_daar_gevonden()
    {
        (await InKernAsync("Hoevelaken")).Should().NotContain("Ouderenadvies");

        await fixture.ScalarAsync<object?>("""
            insert into sociale_kaart.voorziening_locatie (voorziening_id, locatie_id)
            select v.id, l.id from sociale_kaart.voorziening v, sociale_kaart.locatie l where v.naam = 'Ouderenadvies' and l.naam = 'Sigma Hoevelaken'
            """);
        (await InKernAsync("Hoevelaken")).Should().Contain("Ouderenadvies");

        await fixture.ScalarAsync<object?>("update sociale_kaart.locatie set kern = 'Nijkerkerveen', plaats = 'Nijkerkerveen' where naam = 'Sigma Hoevelaken'");
        (await InKernAsync("Hoevelaken")).Should().NotContain("Ouderenadvies");
        (await InKernAsync("Nijkerkerveen")).Should().Contain("Ouderenadvies");

        await fixture.ScalarAsync<object?>("""
            delete from sociale_kaart.voorziening_locatie vl using sociale_kaart.locatie l
            where l.id = vl.locatie_id and l.naam = 'Sigma Hoevelaken'
            """);
        (await InKernAsync("Nijkerkerveen")).Should().NotContain("Ouderenadvies");
        (await fixture.ScalarAsync<string[]>("select kernen from sociale_kaart.voorziening where naam = 'Ouderenadvies'")).Should().Equal("Nijkerk");
    }
}
