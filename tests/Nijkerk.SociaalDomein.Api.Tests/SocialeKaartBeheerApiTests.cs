using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>A regional directory or the beheerder keeping the kaart through the API, one version at a time.</summary>
public sealed class SocialeKaartBeheerApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private async Task<(Guid Organisatie, Guid Locatie)> MaakOrganisatieAsync()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/sociale-kaart/organisaties", new
        {
            naam = "Kringloop Nijkerk " + Guid.NewGuid().ToString("N")[..6],
            laatstGecontroleerd = "2026-11-20",
            locaties = new[] { new { naam = "Winkel", straat = "Industrieweg", huisnummer = "4", postcode = "3861 RA", plaats = "Nijkerk", kern = "Nijkerk" } },
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await JsonAsync(response)).GetProperty("id").GetGuid();
        var organisatie = await JsonAsync(await Client.GetAsync($"/api/v1/sociale-kaart/organisaties/{id}"));
        return (id, organisatie.GetProperty("locaties")[0].GetProperty("id").GetGuid());
    }

    private static object Voorziening(Guid organisatie, Guid locatie, string naam) => new
    {
        organisatieId = organisatie,
        naam,
        omschrijving = "Tweedehands meubels en kleding tegen kleine prijzen.",
        leefgebieden = new[] { "financien" },
        doelgroepen = new[] { "volwassenen" },
        kosteloos = false,
        soort = "lokaal-initiatief",
        laatstGecontroleerd = "2026-11-20",
        locatieIds = new[] { locatie },
        openingstijden = new[] { new { weekdag = 6, van = "10:00", tot = "16:00", soort = "inloop", locatieId = locatie } },
    };

    private async Task<HttpResponseMessage> WijzigAsync(Guid id, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sociale-kaart/voorzieningen/{id}") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return await Client.SendAsync(request);
    }

    [Fact]
    public async Task Een_wijziging_met_de_etag_slaagt_een_verouderde_krijgt_412_en_zonder_if_match_428()
    {
        var (organisatie, locatie) = await MaakOrganisatieAsync();
        var aangemaakt = await Client.PostAsJsonAsync("/api/v1/sociale-kaart/voorzieningen", Voorziening(organisatie, locatie, "Kringloopwinkel"));
        var id = (await JsonAsync(aangemaakt)).GetProperty("id").GetGuid();
        var etag = (await Client.GetAsync($"/api/v1/sociale-kaart/voorzieningen/{id}")).Headers.ETag!.Tag;

        var goed = await WijzigAsync(id, Voorziening(organisatie, locatie, "Kringloopwinkel Nijkerk"), etag);
        var verouderd = await WijzigAsync(id, Voorziening(organisatie, locatie, "Kringloop oud"), etag);
        var zonder = await WijzigAsync(id, Voorziening(organisatie, locatie, "Kringloop zonder"), null);

        aangemaakt.Headers.Location!.ToString().Should().Be($"/api/v1/sociale-kaart/voorzieningen/{id}");
        goed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        goed.Headers.ETag!.Tag.Should().NotBe(etag);
        verouderd.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        verouderd.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonAsync(verouderd)).GetProperty("detail").GetString().Should().Contain("intussen gewijzigd");
        zonder.StatusCode.Should().Be((HttpStatusCode)428);
        (await JsonAsync(await Client.GetAsync($"/api/v1/sociale-kaart/voorzieningen/{id}"))).GetProperty("naam").GetString().Should().Be("Kringloopwinkel Nijkerk");
    }

    [Fact]
    public async Task Onvolledige_invoer_geeft_400_per_veld_en_zet_niets_op_de_kaart()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/sociale-kaart/voorzieningen", new { naam = "", leefgebieden = new[] { "geluk" }, soort = "winkel" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        errors.GetProperty("naam")[0].GetString().Should().Be("Vul de naam van de voorziening in.");
        errors.GetProperty("leefgebieden")[0].GetString().Should().Contain("Onbekend leefgebied");
        errors.GetProperty("soort")[0].GetString().Should().Contain("Onbekende soort");
        errors.GetProperty("organisatieId")[0].GetString().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Archiveren_haalt_de_voorziening_uit_het_zoeken_en_de_detailpagina_zegt_het()
    {
        var (organisatie, locatie) = await MaakOrganisatieAsync();
        var id = (await JsonAsync(await Client.PostAsJsonAsync("/api/v1/sociale-kaart/voorzieningen", Voorziening(organisatie, locatie, "Tweedehandsmarkt"))))
            .GetProperty("id").GetGuid();

        var archiveren = await Client.DeleteAsync($"/api/v1/sociale-kaart/voorzieningen/{id}");

        archiveren.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await JsonAsync(await Client.GetAsync("/api/v1/sociale-kaart/voorzieningen?zoek=tweedehandsmarkt"))).GetProperty("totaal").GetInt32().Should().Be(0);
        (await JsonAsync(await Client.GetAsync($"/api/v1/sociale-kaart/voorzieningen/{id}"))).GetProperty("gearchiveerdOp").GetString().Should().NotBeNull();
        (await Client.DeleteAsync($"/api/v1/sociale-kaart/organisaties/{organisatie}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Alleen_een_sleutel_met_de_scope_voor_beheer_van_de_kaart_mag_wijzigen()
    {
        var lezer = await Factory.ClientMetSleutelAsync([SocialeKaartRechten.Lezen]);

        (await lezer.PostAsJsonAsync("/api/v1/sociale-kaart/organisaties", new { naam = "Mag niet" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await lezer.GetAsync("/api/v1/sociale-kaart/organisaties?naam=sigma")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
