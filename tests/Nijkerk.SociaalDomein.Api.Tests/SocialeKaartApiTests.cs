using System.Net;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class SocialeKaartApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Zoeken_op_schulden_in_hoevelaken_of_heel_nijkerk_geeft_gepagineerde_treffers_met_de_beste_eerst()
    {
        var response = await Client.GetAsync("/api/v1/sociale-kaart/voorzieningen?zoek=schulden&paginaGrootte=2");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var pagina = await JsonAsync(response);
        pagina.GetProperty("resultaten").EnumerateArray().Select(v => v.GetProperty("naam").GetString())
            .Should().BeEquivalentTo(["Schuldhulpverlening", "Schuldhulpmaatje"]);
        pagina.GetProperty("volgende").GetString().Should().Contain("zoek=schulden");
    }

    [Fact]
    public async Task Een_voorziening_is_op_te_vragen_met_openingstijden_en_een_onbekende_geeft_404()
    {
        var paasbos = (await JsonAsync(await Client.GetAsync("/api/v1/sociale-kaart/voorzieningen?zoek=paasbos"))).GetProperty("resultaten")[0];
        var id = paasbos.GetProperty("id").GetGuid();

        var detail = await JsonAsync(await Client.GetAsync($"/api/v1/sociale-kaart/voorzieningen/{id}"));
        var onbekend = await Client.GetAsync($"/api/v1/sociale-kaart/voorzieningen/{Guid.CreateVersion7()}");

        detail.GetProperty("openingstijden").EnumerateArray().Should().Contain(t =>
            t.GetProperty("weekdag").GetInt32() == 3 && t.GetProperty("van").GetString() == "14:00:00" && t.GetProperty("soort").GetString() == "inloop");
        onbekend.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Een_sleutel_zonder_de_scope_voor_de_sociale_kaart_krijgt_403()
    {
        var client = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen]);

        (await client.GetAsync("/api/v1/sociale-kaart/voorzieningen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Een_ongeldige_datum_of_kern_geeft_400()
    {
        (await Client.GetAsync("/api/v1/sociale-kaart/voorzieningen?kern=Utrecht")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Client.GetAsync("/api/v1/sociale-kaart/voorzieningen?openOp=woensdag")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
