using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// Knelpunten through the real host: the loket reports one without personal data, colleagues count on it, beleid sees
/// the most reported first and records what it did, on the version it saw. The loket cannot handle one; beleid sees no person.
/// </summary>
public sealed class KnelpuntenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int volgnummer;

    private async Task<HttpClient> AlsAsync(string naam, string rol) =>
        await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync(naam, rol));

    private static string Uniek(string tekst) => $"{tekst} ({Interlocked.Increment(ref volgnummer)})";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static Task<HttpResponseMessage> MeldAsync(HttpClient client, string omschrijving, string soort = "regel-blokkeert-hulp", string? leefgebied = null) =>
        client.PostAsJsonAsync("/api/v1/knelpunten", new { soort, leefgebied, omschrijving });

    private static async Task<Guid> GemeldAsync(HttpClient client, string omschrijving, string soort = "regel-blokkeert-hulp")
    {
        using var response = await MeldAsync(client, omschrijving, soort);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private static async Task<List<JsonElement>> LijstAsync(HttpClient beleid, string query = "")
    {
        using var response = await beleid.GetAsync($"/api/v1/knelpunten?paginaGrootte=100{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await JsonAsync(response)).GetProperty("resultaten").EnumerateArray()];
    }

    private static async Task<HttpResponseMessage> BehandelAsync(HttpClient client, Guid id, string? etag, string status, string toelichting)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/knelpunten/{id}/behandeling")
        {
            Content = JsonContent.Create(new { status, toelichting }),
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Een_knelpunt_dat_een_collega_ook_meemaakt_telt_op_in_plaats_van_een_tweede_rij()
    {
        var lies = await AlsAsync("Lies Loket", Rollen.Loketmedewerker);
        var karim = await AlsAsync("Karim Loket", Rollen.Loketmedewerker);
        var noor = await AlsAsync("Noor Loket", Rollen.Loketmedewerker);
        var beleid = await AlsAsync("Bea Beleid", Rollen.Beleid);
        var tekst = Uniek("De Wmo-aanvraag vraagt een uittreksel dat de inwoner zonder DigiD niet kan krijgen");

        var id = await GemeldAsync(lies, tekst);
        using var ookKarim = await karim.PostAsync($"/api/v1/knelpunten/{id}/meldingen", null);
        ookKarim.StatusCode.Should().Be(HttpStatusCode.Created, await ookKarim.Content.ReadAsStringAsync());
        (await JsonAsync(ookKarim)).GetProperty("aantal").GetInt32().Should().Be(2);

        using var nogmaalsLies = await lies.PostAsync($"/api/v1/knelpunten/{id}/meldingen", null);
        nogmaalsLies.StatusCode.Should().Be(HttpStatusCode.Conflict, "each colleague counts once");
        (await JsonAsync(nogmaalsLies)).GetProperty("detail").GetString().Should().Contain("al gemeld");

        // Noor types the same knelpunt anew, with other capitals and spaces: it counts on the open one.
        using var doorNoor = await MeldAsync(noor, "  " + tekst.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal) + ".");
        doorNoor.StatusCode.Should().Be(HttpStatusCode.OK, await doorNoor.Content.ReadAsStringAsync());
        var geteld = await JsonAsync(doorNoor);
        geteld.GetProperty("id").GetGuid().Should().Be(id);
        geteld.GetProperty("aantal").GetInt32().Should().Be(3);
        geteld.GetProperty("nieuw").GetBoolean().Should().BeFalse();

        var rijen = (await LijstAsync(beleid)).Where(k => k.GetProperty("omschrijving").GetString()!.Contains(tekst[^6..], StringComparison.Ordinal)).ToList();
        rijen.Should().ContainSingle().Which.GetProperty("aantal").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Beleid_ziet_het_vaakst_gemelde_eerst_en_filtert_op_soort_en_status()
    {
        var loket = await factory.ClientMetSleutelAsync([MonitoringRechten.KnelpuntMelden]);
        var collegas = new[] { await AlsAsync("Collega Een", Rollen.Loketmedewerker), await AlsAsync("Collega Twee", Rollen.Loketmedewerker) };
        var beleid = await AlsAsync("Bea Beleid", Rollen.Beleid);
        var eenmaal = await GemeldAsync(loket, Uniek("Geen maatschappelijk werk op zaterdag"), "gat-in-sociale-kaart");
        var driemaal = await GemeldAsync(loket, Uniek("Wachttijd jeugd-ggz is langer dan een half jaar"), "wachtlijst");
        foreach (var collega in collegas)
        {
            (await collega.PostAsync($"/api/v1/knelpunten/{driemaal}/meldingen", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var lijst = (await LijstAsync(beleid)).Select(k => k.GetProperty("id").GetGuid()).ToList();
        lijst.IndexOf(driemaal).Should().BeGreaterThanOrEqualTo(0).And.BeLessThan(lijst.IndexOf(eenmaal), "three reports come before one");

        var wachtlijsten = await LijstAsync(beleid, "&soort=wachtlijst");
        wachtlijsten.Should().OnlyContain(k => k.GetProperty("soort").GetString() == "wachtlijst");
        wachtlijsten.Select(k => k.GetProperty("id").GetGuid()).Should().Contain(driemaal).And.NotContain(eenmaal);

        (await LijstAsync(beleid, "&status=afgehandeld")).Select(k => k.GetProperty("id").GetGuid()).Should().NotContain(driemaal);
        (await LijstAsync(beleid, "&status=open")).Select(k => k.GetProperty("id").GetGuid()).Should().Contain(driemaal);

        using var onbekend = await beleid.GetAsync("/api/v1/knelpunten?status=weg");
        onbekend.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(onbekend)).GetProperty("errors").GetProperty("status")[0].GetString().Should().Be("Kies status open of afgehandeld.");
    }

    [Fact]
    public async Task Een_omschrijving_met_een_bsn_wordt_geweigerd_met_een_nederlandse_melding_en_er_wordt_niets_bewaard()
    {
        var loket = await AlsAsync("Lies Loket", Rollen.Loketmedewerker);
        var kenmerk = Uniek("Schuldhulp weigert");

        // 999990019 passes the elfproef (a test number), here written in groups as people do.
        using var response = await MeldAsync(loket, $"{kenmerk} mevrouw met bsn 9999.90.019 omdat zij een lening heeft");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var melding = (await JsonAsync(response)).GetProperty("errors").GetProperty("omschrijving")[0].GetString();
        melding.Should().Contain("BSN").And.Contain("geen namen of andere persoonsgegevens").And.NotContain("999990019");

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        (await connection.QuerySingleAsync<long>("select count(*) from monitoring.knelpunt where omschrijving like @Kenmerk || '%'", new { Kenmerk = kenmerk }))
            .Should().Be(0);

        // A phone number is no BSN: ten digits are let through.
        using var telefoon = await MeldAsync(loket, Uniek("Het servicenummer 0800 123 4567 van de zorgverzekeraar is alleen overdag bereikbaar"), "samenwerking");
        telefoon.StatusCode.Should().Be(HttpStatusCode.Created, await telefoon.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Onbekende_soort_en_leefgebied_geven_nederlandse_meldingen_per_veld()
    {
        var loket = await AlsAsync("Lies Loket", Rollen.Loketmedewerker);

        using var response = await MeldAsync(loket, "", soort: "klacht", leefgebied: "sterrenkunde");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var fouten = (await JsonAsync(response)).GetProperty("errors");
        fouten.GetProperty("soort")[0].GetString().Should().StartWith("Onbekende soort");
        fouten.GetProperty("leefgebied")[0].GetString().Should().Be("Onbekend leefgebied; gebruik de codes van GET /api/v1/leefgebieden.");
        fouten.GetProperty("omschrijving")[0].GetString().Should().Be("Vul de omschrijving in: een paar zinnen.");
    }

    [Fact]
    public async Task Beleid_legt_vast_wat_ermee_gebeurt_op_de_versie_die_het_zag_en_een_verouderde_versie_geeft_412()
    {
        var loket = await AlsAsync("Lies Loket", Rollen.Loketmedewerker);
        var bea = await AlsAsync("Bea Beleid", Rollen.Beleid);
        var tom = await AlsAsync("Tom Teamleider", Rollen.Beleid);
        var id = await GemeldAsync(loket, Uniek("De bijzondere bijstand vergoedt geen wasmachine voor een gezin met vijf kinderen"));

        using var gelezen = await bea.GetAsync($"/api/v1/knelpunten/{id}");
        gelezen.StatusCode.Should().Be(HttpStatusCode.OK);
        var etag = gelezen.Headers.ETag!.ToString();
        using var zonder = await BehandelAsync(bea, id, null, "in-behandeling", "Bespreken in het overleg.");
        zonder.StatusCode.Should().Be((HttpStatusCode)428);

        using var inBehandeling = await BehandelAsync(bea, id, etag, "in-behandeling", "Bespreken in het beleidsoverleg van maart.");
        inBehandeling.StatusCode.Should().Be(HttpStatusCode.NoContent, await inBehandeling.Content.ReadAsStringAsync());
        var nieuw = inBehandeling.Headers.ETag!.ToString();
        nieuw.Should().NotBe(etag);

        // Tom still has the page Bea started from: his change is refused and changes nothing.
        using var verouderd = await BehandelAsync(tom, id, etag, "niet-opgepakt", "Past niet in het budget.");
        verouderd.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await JsonAsync(verouderd)).GetProperty("detail").GetString().Should().Contain("intussen");

        using var opgepakt = await BehandelAsync(tom, id, nieuw, "opgepakt", "Regeling aangepast: de wasmachine valt er voortaan onder.");
        opgepakt.StatusCode.Should().Be(HttpStatusCode.NoContent, await opgepakt.Content.ReadAsStringAsync());

        var detail = await JsonAsync(await bea.GetAsync($"/api/v1/knelpunten/{id}"));
        detail.GetProperty("knelpunt").GetProperty("status").GetString().Should().Be("opgepakt");
        detail.GetProperty("knelpunt").GetProperty("behandeldDoor").GetString().Should().Be("Tom Teamleider");
        var geschiedenis = detail.GetProperty("geschiedenis").EnumerateArray()
            .Select(b => (b.GetProperty("van").GetString(), b.GetProperty("naar").GetString(), b.GetProperty("door").GetString())).ToList();
        geschiedenis.Should().Equal(("open", "in-behandeling", "Bea Beleid"), ("in-behandeling", "opgepakt", "Tom Teamleider"));

        (await LijstAsync(bea, "&status=afgehandeld")).Select(k => k.GetProperty("id").GetGuid()).Should().Contain(id);
        using var weerOpen = await BehandelAsync(bea, id, opgepakt.Headers.ETag!.ToString(), "in-behandeling", "Toch weer open.");
        weerOpen.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        using var ookMeegemaakt = await (await AlsAsync("Karim Loket", Rollen.Loketmedewerker)).PostAsync($"/api/v1/knelpunten/{id}/meldingen", null);
        ookMeegemaakt.StatusCode.Should().Be(HttpStatusCode.Conflict, "an afgehandeld knelpunt is reported anew, not counted on");
    }

    [Fact]
    public async Task Het_loket_kan_niet_behandelen_en_beleid_ziet_geen_inwoner()
    {
        var loket = await AlsAsync("Lies Loket", Rollen.Loketmedewerker);
        var beleid = await AlsAsync("Bea Beleid", Rollen.Beleid);
        var id = await GemeldAsync(loket, Uniek("Inloopspreekuur in Nijkerkerveen is gestopt"), "gat-in-sociale-kaart");

        using var behandeld = await BehandelAsync(loket, id, "\"1\"", "opgepakt", "Zelf opgelost.");
        behandeld.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await loket.GetAsync("/api/v1/knelpunten")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await loket.GetAsync($"/api/v1/knelpunten/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var sleutel = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        (await sleutel.GetAsync("/api/v1/knelpunten")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "knelpunten:behandelen is no scope");

        var inwoner = await new VraagRoute(sleutel).InwonerAsync("Ineke", "Inwoner");
        (await beleid.GetAsync($"/api/v1/inwoners/{inwoner}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await beleid.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await MeldAsync(beleid, Uniek("Beleid meldt zelf"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await JsonAsync(await beleid.GetAsync($"/api/v1/knelpunten/{id}"))).GetProperty("knelpunt").GetProperty("status").GetString().Should().Be("open");
    }
}
