using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

/// <summary>The terms through the real host: the functioneel beheerder reads and changes them; bad input is problem+json; others are refused.</summary>
public sealed class BewaringApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<HttpClient> BeheerderAsync() =>
        await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Bea Beheer " + Guid.NewGuid().ToString("N")[..6], Rollen.FunctioneelBeheerder));

    [Fact]
    public async Task Een_termijn_van_nul_is_een_probleem_met_een_Nederlandse_melding_en_verandert_niets()
    {
        var beheerder = await BeheerderAsync();

        var response = await beheerder.PutAsJsonAsync("/api/v1/bewaartermijnen/jeugd", new { termijn = 0, eenheid = "jaren", bron = "Jeugdwet" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("errors").EnumerateObject().Should().ContainSingle(e => e.Name.Equals("termijn", StringComparison.OrdinalIgnoreCase))
            .Which.Value[0].GetString().Should().Contain("ten minste 1");
        var termijnen = await beheerder.GetFromJsonAsync<JsonElement>("/api/v1/bewaartermijnen");
        termijnen.EnumerateArray().Single(t => t.GetProperty("categorie").GetString() == "jeugd").GetProperty("termijn").GetInt32().Should().Be(20);
    }

    [Fact]
    public async Task De_beheerder_wijzigt_een_termijn_en_ziet_de_paginas()
    {
        var beheerder = await BeheerderAsync();

        (await beheerder.PutAsJsonAsync("/api/v1/bewaartermijnen/regie", new { termijn = 10, eenheid = "jaren", bron = "Besluit van het college" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        var termijnen = await beheerder.GetFromJsonAsync<JsonElement>("/api/v1/bewaartermijnen");
        termijnen.EnumerateArray().Single(t => t.GetProperty("categorie").GetString() == "regie").GetProperty("termijn").GetInt32().Should().Be(10);
        (await beheerder.GetStringAsync("/beheer/bewaartermijnen")).Should().Contain("Jeugdwet art. 7.3.8");
        (await beheerder.GetAsync("/beheer/vernietigingslijsten")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await beheerder.GetStringAsync("/")).Should().Contain("href=\"/beheer/bewaartermijnen\"");
        (await beheerder.GetAsync("/api/v1/vernietigingslijsten")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wie_geen_beheerder_is_wordt_geweigerd()
    {
        var loket = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Lars Loket", Rollen.Loketmedewerker));

        (await loket.GetAsync("/api/v1/bewaartermijnen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await loket.PutAsJsonAsync("/api/v1/bewaartermijnen/jeugd", new { termijn = 1, eenheid = "jaren", bron = "x" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await loket.GetStringAsync("/")).Should().NotContain("/beheer/bewaartermijnen");
        var sleutel = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        (await sleutel.GetAsync("/api/v1/bewaartermijnen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await factory.CreateClient().GetAsync("/api/v1/bewaartermijnen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
