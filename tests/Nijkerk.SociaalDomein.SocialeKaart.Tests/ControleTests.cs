using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

public sealed class ControleTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Een_voorziening_die_langer_dan_een_jaar_niet_is_gecontroleerd_staat_op_de_lijst_en_een_recente_niet()
    {
        // The seed was checked on 1 November 2026; make one of them old, as beheer would find it in a year.
        await fixture.ScalarAsync<int>("update sociale_kaart.voorziening set laatst_gecontroleerd = date '2024-06-01' where naam = 'Taalhuis'");

        var lijst = await fixture.SendAsync(new ZoekTeControlerenVoorzieningen.Query());

        lijst.Should().ContainSingle().Which.Should().Match<ZoekTeControlerenVoorzieningen.TeControleren>(
            v => v.Naam == "Taalhuis" && v.Organisatie == "Bibliotheek" && v.LaatstGecontroleerd == new DateOnly(2024, 6, 1));
    }

    [Fact]
    public async Task Alleen_beheer_ziet_de_lijst()
    {
        fixture.Actor = TestActors.Met(SocialeKaartRechten.Lezen);
        try
        {
            var lijst = () => fixture.SendAsync(new ZoekTeControlerenVoorzieningen.Query());

            await lijst.Should().ThrowAsync<GeenToegangException>();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }
    }
}
