using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class UitkomstenApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static int personen;

    // A different person each time: the register refuses look-alikes (same name or address and birth date).
    private async Task<Guid> InwonerAsync(string bsn)
    {
        var volgnummer = Interlocked.Increment(ref personen);
        var response = await Client.PostAsJsonAsync("/api/v1/inwoners", new
        {
            voornamen = "Henk",
            achternaam = "Visser",
            geboortedatum = new DateOnly(1958, 10, 1).AddDays(volgnummer),
            postcode = "3862 AC",
            huisnummer = volgnummer,
            woonplaats = "Nijkerk",
            bsn,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task<Guid> AanmeldingVoorAsync(Guid inwonerId, string vraag)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "balie", bron = "inwoner-zelf", vraag, inwonerId, urgentie = "normaal" });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task<Guid> SchuldhulpverleningAsync()
    {
        var voorzieningen = await JsonAsync(await Client.GetAsync("/api/v1/sociale-kaart/voorzieningen?leefgebied=financien&paginaGrootte=100"));
        return voorzieningen.GetProperty("resultaten").EnumerateArray()
            .Single(v => v.GetProperty("naam").GetString() == "Schuldhulpverlening").GetProperty("id").GetGuid();
    }

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    [Fact]
    public async Task Een_aanmelding_voor_een_bekende_inwoner_geeft_het_overzicht_met_de_eerdere_aanmelding()
    {
        var inwoner = await InwonerAsync("111222333");
        var eerdere = await AanmeldingVoorAsync(inwoner, "Ik heb een brief van de belasting die ik niet snap");
        var nieuwe = await AanmeldingVoorAsync(inwoner, "Mijn buurvrouw zegt dat ik huurtoeslag kan krijgen");

        var response = await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var tekst = await response.Content.ReadAsStringAsync();
        tekst.Should().NotContain("111222333", "the overzicht never answers the BSN");
        var overzicht = JsonDocument.Parse(tekst).RootElement;
        overzicht.GetProperty("inwoner").GetProperty("naam").GetString().Should().Be("Henk Visser");
        overzicht.GetProperty("aanmeldingen").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).Should().Equal(nieuwe, eerdere);
        overzicht.GetProperty("aanmeldingen")[1].GetProperty("vraag").GetString().Should().Be("Ik heb een brief van de belasting die ik niet snap");
        overzicht.GetProperty("vraagverhelderingen").GetArrayLength().Should().Be(0);
        overzicht.GetProperty("overdrachten").GetArrayLength().Should().Be(0);
        overzicht.GetProperty("plan").ValueKind.Should().Be(JsonValueKind.Null);
        overzicht.GetProperty("aanspreekpunt").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Een_doorgezette_aanmelding_verschijnt_in_het_overzicht_als_lopende_vraagverheldering()
    {
        var inwoner = await InwonerAsync("123456782");
        var aanmelding = await AanmeldingVoorAsync(inwoner, "Het lukt thuis niet meer");
        (await Client.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/doorzetting", null)).StatusCode.Should().Be(HttpStatusCode.Created);

        var klok = Stopwatch.StartNew();
        var vraagverhelderingen = 0;
        while (vraagverhelderingen == 0 && klok.Elapsed < TimeSpan.FromSeconds(15))
        {
            var overzicht = await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht"));
            vraagverhelderingen = overzicht.GetProperty("vraagverhelderingen").EnumerateArray()
                .Count(v => v.GetProperty("aanmeldingId").GetGuid() == aanmelding);
        }

        vraagverhelderingen.Should().Be(1);
    }

    [Fact]
    public async Task Het_overzicht_van_een_onbekende_inwoner_geeft_404_problem_json()
    {
        var response = await Client.GetAsync($"/api/v1/inwoners/{Guid.CreateVersion7()}/overzicht");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Het_inzien_van_het_overzicht_staat_in_de_verwerkingenlog_van_de_inwoner()
    {
        var inwoner = await InwonerAsync("111111110");

        await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht");

        var gelogd = await ScalarAsync<long>(
            "select count(*) from audit.verwerking where persoon_id = @inwoner and omschrijving = 'Overzicht van de inwoner ingezien'", new { inwoner });
        gelogd.Should().Be(1);
    }

    [Fact]
    public async Task Een_afhandeling_met_een_verwijzing_wordt_bewaard_geteld_en_als_gebeurtenis_verstuurd()
    {
        var aanmelding = await RegistreerAanmeldingAsync("Ik heb schulden en de deurwaarder komt");
        var schuldhulp = await SchuldhulpverleningAsync();

        var response = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{aanmelding}/afhandeling", new
        {
            advies = "Aangemeld bij Plangroep voor schuldhulpverlening; morgen belt een consulent.",
            leefgebieden = new[] { "financien" },
            voorzieningIds = new[] { schuldhulp },
        });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/aanmeldingen/{aanmelding}/afhandeling");
        var afhandeling = await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}/afhandeling"));
        afhandeling.GetProperty("voorzieningIds").EnumerateArray().Select(v => v.GetGuid()).Should().Equal(schuldhulp);
        afhandeling.GetProperty("leefgebieden").EnumerateArray().Select(v => v.GetString()).Should().Equal("financien");
        (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}"))).GetProperty("status").GetString().Should().Be("afgehandeld");
        var geteld = await ScalarAsync<long>("select count(*) from intake.aanmelding_voorziening where voorziening_id = @schuldhulp", new { schuldhulp });
        geteld.Should().Be(1);
        var gebeurtenis = await ScalarAsync<string>(
            "select payload::text from intake.outbox where type like '%AanmeldingAfgehandeld' and payload->>'aanmeldingId' = @id", new { id = aanmelding.ToString() });
        gebeurtenis.Should().Contain(schuldhulp.ToString()).And.Contain("financien").And.NotContain("deurwaarder", "an event carries facts, not what was said");

        // The sociale kaart counts the pointer once the event has gone through the outbox.
        var klok = Stopwatch.StartNew();
        var verwijzingen = 0;
        while (verwijzingen == 0 && klok.Elapsed < TimeSpan.FromSeconds(15))
        {
            verwijzingen = (await JsonAsync(await Client.GetAsync($"/api/v1/sociale-kaart/voorzieningen/{schuldhulp}"))).GetProperty("aantalVerwijzingen").GetInt32();
            await Task.Delay(50);
        }

        verwijzingen.Should().Be(1);
    }

    [Fact]
    public async Task Een_afhandeling_met_een_onbekende_voorziening_of_leefgebied_geeft_400_en_laat_de_aanmelding_open()
    {
        var aanmelding = await RegistreerAanmeldingAsync();

        var response = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{aanmelding}/afhandeling", new
        {
            advies = "",
            leefgebieden = new[] { "sterrenkunde" },
            voorzieningIds = new[] { Guid.CreateVersion7() },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        errors.GetProperty("advies")[0].GetString().Should().Be("Noteer het advies of de informatie die de inwoner kreeg.");
        errors.GetProperty("leefgebieden")[0].GetString().Should().StartWith("Onbekend leefgebied 'sterrenkunde'");
        errors.GetProperty("voorzieningIds")[0].GetString().Should().EndWith("staat niet (meer) op de sociale kaart.");
        (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}"))).GetProperty("status").GetString().Should().Be("open");
    }

    [Fact]
    public async Task Routeren_zonder_aanspreekpunt_geeft_422_in_het_nederlands()
    {
        var inwoner = await InwonerAsync("999999990");
        var aanmelding = await AanmeldingVoorAsync(inwoner, "Kan mijn consulent mij terugbellen?");

        var response = await Client.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/routering", null);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await JsonAsync(response)).GetProperty("detail").GetString().Should().StartWith("Deze inwoner heeft geen aanspreekpunt");
    }

    [Fact]
    public async Task Een_aanmelding_die_een_collega_behandelt_geeft_409_en_alleen_de_behandelaar_geeft_haar_vrij()
    {
        var aanmelding = await RegistreerAanmeldingAsync("Ik wil graag een maatje");
        var collega = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen, IntakeRechten.AanmeldingenBehandelen]);

        var genomen = await Client.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/behandelaar", null);
        var tweede = await collega.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/behandelaar", null);
        var vrijDoorCollega = await collega.DeleteAsync($"/api/v1/aanmeldingen/{aanmelding}/behandelaar");

        genomen.StatusCode.Should().Be(HttpStatusCode.Created);
        (await JsonAsync(genomen)).GetProperty("sinds").GetString().Should().EndWith("+00:00");
        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(tweede)).GetProperty("detail").GetString().Should().EndWith("behandelt deze aanmelding al.");
        vrijDoorCollega.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Client.DeleteAsync($"/api/v1/aanmeldingen/{aanmelding}/behandelaar")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await collega.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/behandelaar", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}/behandelaar"))).GetProperty("naam").GetString().Should().StartWith("Test ");
    }

    [Fact]
    public async Task Een_crisisaanmelding_via_de_api_meldt_CrisisGemeld_in_dezelfde_transactie()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "netwerk", vraag = "Mijn broer wil niet meer leven", urgentie = "crisis" });
        var id = (await JsonAsync(response)).GetProperty("id").GetGuid();

        var gemeld = await ScalarAsync<long>(
            "select count(*) from intake.outbox where type like '%CrisisGemeld' and payload->>'aanmeldingId' = @id", new { id = id.ToString() });
        gemeld.Should().Be(1);
    }
}
