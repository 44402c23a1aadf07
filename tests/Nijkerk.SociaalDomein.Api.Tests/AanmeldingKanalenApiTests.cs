using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>Aanmeldingen from every kanaal and bron, their contactmomenten and terugbelverzoeken, and the Idempotency-Key.</summary>
public sealed class AanmeldingKanalenApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static object Aanmelding(string vraag) => new { kanaal = "website-formulier", bron = "inwoner-zelf", vraag, urgentie = "normaal" };

    private async Task<HttpResponseMessage> PostMetSleutelAsync(HttpClient client, string sleutel, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/aanmeldingen") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", sleutel);
        return await client.SendAsync(request);
    }

    private async Task<int> AantalAsync(string kanaal = "website-formulier") =>
        (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen?kanaal={kanaal}"))).GetProperty("totaal").GetInt32();

    [Fact]
    public async Task Dezelfde_idempotency_key_tweemaal_maakt_een_aanmelding_en_geeft_tweemaal_dezelfde_id()
    {
        var sleutel = Guid.NewGuid().ToString();
        var voor = await AantalAsync();

        var eerste = await PostMetSleutelAsync(Client, sleutel, Aanmelding("Formulier: hulp bij de huur"));
        var tweede = await PostMetSleutelAsync(Client, sleutel, Aanmelding("Formulier: hulp bij de huur"));

        eerste.StatusCode.Should().Be(HttpStatusCode.Created);
        tweede.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await JsonAsync(eerste)).GetProperty("id").GetGuid();
        (await JsonAsync(tweede)).GetProperty("id").GetGuid().Should().Be(id);
        tweede.Headers.Location.Should().Be(eerste.Headers.Location);
        tweede.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        eerste.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await AantalAsync()).Should().Be(voor + 1);
    }

    [Fact]
    public async Task Dezelfde_idempotency_key_met_een_andere_inhoud_geeft_409_en_maakt_niets()
    {
        var sleutel = Guid.NewGuid().ToString();
        (await PostMetSleutelAsync(Client, sleutel, Aanmelding("Eerste vraag"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var voor = await AantalAsync();

        var anders = await PostMetSleutelAsync(Client, sleutel, Aanmelding("Een heel andere vraag"));

        anders.StatusCode.Should().Be(HttpStatusCode.Conflict);
        anders.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await JsonAsync(anders)).GetProperty("detail").GetString().Should().Contain("Idempotency-Key is al gebruikt");
        (await AantalAsync()).Should().Be(voor);
    }

    [Fact]
    public async Task Een_geweigerd_verzoek_houdt_de_sleutel_niet_vast_zodat_een_verbeterde_herhaling_slaagt()
    {
        var sleutel = Guid.NewGuid().ToString();

        var geweigerd = await PostMetSleutelAsync(Client, sleutel, new
        {
            kanaal = "website-formulier", bron = "inwoner-zelf", vraag = "Met een onbekende inwoner", urgentie = "normaal", inwonerId = Guid.CreateVersion7(),
        });
        var verbeterd = await PostMetSleutelAsync(Client, sleutel, Aanmelding("Zonder inwoner"));

        geweigerd.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        verbeterd.StatusCode.Should().Be(HttpStatusCode.Created);
        verbeterd.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
    }

    [Fact]
    public async Task Een_ongeldige_idempotency_key_geeft_400()
    {
        var response = await PostMetSleutelAsync(Client, new string('x', 300), Aanmelding("Te lange sleutel"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(response)).GetProperty("errors").TryGetProperty("idempotencyKey", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Het_openapi_document_beschrijft_de_idempotency_key_bij_het_aanmaken()
    {
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));

        var operatie = document.GetProperty("paths").GetProperty("/aanmeldingen").GetProperty("post");
        operatie.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Contain("Idempotency-Key");
        operatie.GetProperty("responses").TryGetProperty("409", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Gelijktijdige_verzoeken_met_dezelfde_sleutel_maken_een_aanmelding()
    {
        var sleutel = Guid.NewGuid().ToString();
        var voor = await AantalAsync("chat");
        var body = new { kanaal = "chat", bron = "inwoner-zelf", vraag = "Tegelijk verstuurd", urgentie = "normaal" };

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostMetSleutelAsync(Client, sleutel, body)));

        antwoorden.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var ids = await Task.WhenAll(antwoorden.Select(async a => (await JsonAsync(a)).GetProperty("id").GetGuid()));
        ids.Distinct().Should().HaveCount(1);
        (await AantalAsync("chat")).Should().Be(voor + 1);
    }

    [Fact]
    public async Task Sleutels_van_twee_integrators_botsen_niet()
    {
        var ander = await Factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var sleutel = "formulier-" + Guid.NewGuid();

        var vanEen = await PostMetSleutelAsync(Client, sleutel, Aanmelding("Vraag van integrator een"));
        var vanTwee = await PostMetSleutelAsync(ander, sleutel, Aanmelding("Vraag van integrator twee"));

        vanEen.StatusCode.Should().Be(HttpStatusCode.Created);
        vanTwee.StatusCode.Should().Be(HttpStatusCode.Created);
        (await JsonAsync(vanTwee)).GetProperty("id").GetGuid().Should().NotBe((await JsonAsync(vanEen)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Een_aanmelding_namens_een_ander_legt_melder_en_relatie_vast_met_onderwerpen_en_transparantie()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new
        {
            kanaal = "telefoon", bron = "netwerk", vraag = "Mijn vader redt het niet meer alleen", urgentie = "hoog",
            onderwerpen = new[] { "basale-adl", "sociaal-netwerk" },
            melder = new { naam = "Anna de Vries", telefoon = "06-12345678", relatie = "dochter" },
            transparantieGegeven = true,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created);

        var detail = await JsonAsync(await Client.GetAsync(response.Headers.Location));

        detail.GetProperty("melder").GetProperty("naam").GetString().Should().Be("Anna de Vries");
        detail.GetProperty("melder").GetProperty("relatie").GetString().Should().Be("dochter");
        detail.GetProperty("onderwerpen").EnumerateArray().Select(o => o.GetString()).Should().Equal("basale-adl", "sociaal-netwerk");
        detail.GetProperty("transparantie").GetProperty("gegeven").GetBoolean().Should().BeTrue();
        detail.GetProperty("transparantie").GetProperty("op").GetString().Should().NotBeNull();
        detail.GetProperty("partnerSignaal").ValueKind.Should().Be(JsonValueKind.Null);
        detail.GetProperty("contactmomenten").GetArrayLength().Should().Be(1, "registering records the first contactmoment");
    }

    [Fact]
    public async Task Een_melder_zonder_relatie_en_een_onbekend_onderwerp_geven_400_per_veld()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new
        {
            kanaal = "telefoon", bron = "netwerk", vraag = "Mijn buurman", urgentie = "normaal",
            onderwerpen = new[] { "financien", "astrologie" },
            melder = new { naam = "Piet" },
        });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        errors.GetProperty("melder.relatie")[0].GetString().Should().Contain("wat de melder van de inwoner is");
        errors.GetProperty("onderwerpen[1]")[0].GetString().Should().Contain("Onbekend leefgebied 'astrologie'");
    }

    [Fact]
    public async Task Een_anonieme_vraag_vraagt_geen_persoonsgegevens()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "chat", bron = "inwoner-zelf", vraag = "Waar is het Taalhuis?", urgentie = "normaal" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var detail = await JsonAsync(await Client.GetAsync(response.Headers.Location));
        detail.GetProperty("inwonerId").ValueKind.Should().Be(JsonValueKind.Null);
        detail.GetProperty("melder").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Een_partnersignaal_vraagt_organisatie_en_instemming_en_een_partnersleutel_vult_de_organisatie_zelf_in()
    {
        var zonder = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "e-mail", bron = "verwijzer", vraag = "Zorgen om een leerling", urgentie = "normaal" });
        var errors = (await JsonAsync(zonder)).GetProperty("errors");
        var sigma = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen], "Sigma");

        var signaal = await sigma.PostAsJsonAsync("/api/v1/aanmeldingen", new
        {
            kanaal = "website-formulier", bron = "voorliggend-veld", vraag = "Mevrouw komt haar huis niet meer uit", urgentie = "normaal",
            melder = new { naam = "J. Bakker", organisatie = "Iets anders" }, inwonerOpDeHoogte = true, inwonerStemtIn = false,
        });

        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        errors.GetProperty("melder.organisatie")[0].GetString().Should().Be("Noteer van welke organisatie het signaal komt.");
        errors.TryGetProperty("inwonerOpDeHoogte", out _).Should().BeTrue();
        errors.TryGetProperty("inwonerStemtIn", out _).Should().BeTrue();
        signaal.StatusCode.Should().Be(HttpStatusCode.Created);
        var partner = (await JsonAsync(await sigma.GetAsync(signaal.Headers.Location))).GetProperty("partnerSignaal");
        partner.GetProperty("organisatie").GetString().Should().Be("Sigma");
        partner.GetProperty("inwonerOpDeHoogte").GetBoolean().Should().BeTrue();
        partner.GetProperty("inwonerStemtIn").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Een_inwoner_die_terugbelt_geeft_een_tweede_contactmoment_bij_dezelfde_aanmelding()
    {
        var id = await RegistreerAanmeldingAsync("Ik heb een vraag over de Wmo");

        var response = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{id}/contactmomenten", new { kanaal = "telefoon", notitie = "Belt terug met het nummer van zijn zoon" });
        var onbekend = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{Guid.CreateVersion7()}/contactmomenten", new { kanaal = "telefoon" });
        var ongeldig = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{id}/contactmomenten", new { kanaal = "fax" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        onbekend.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ongeldig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var momenten = (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{id}"))).GetProperty("contactmomenten");
        momenten.GetArrayLength().Should().Be(2);
        momenten[0].GetProperty("kanaal").GetString().Should().Be("website-formulier");
        momenten[1].GetProperty("notitie").GetString().Should().Be("Belt terug met het nummer van zijn zoon");
    }

    [Fact]
    public async Task Een_terugbelverzoek_voor_een_team_staat_open_tot_het_is_afgerond_en_een_tweede_afronding_geeft_422()
    {
        var id = await RegistreerAanmeldingAsync("Graag teruggebeld over jeugdhulp");
        var aangemaakt = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{id}/terugbelverzoeken",
            new { team = "jeugd-onderwijs", telefoonnummer = "033 123 45 67", toelichting = "Na 15:00 bellen" });
        aangemaakt.StatusCode.Should().Be(HttpStatusCode.Created);
        var terugbelId = (await JsonAsync(aangemaakt)).GetProperty("id").GetGuid();
        var openVoorTeam = await JsonAsync(await Client.GetAsync("/api/v1/terugbelverzoeken?team=jeugd-onderwijs"));

        var afronding = await Client.PostAsync($"/api/v1/aanmeldingen/{id}/terugbelverzoeken/{terugbelId}/afronding", null);
        var nogmaals = await Client.PostAsync($"/api/v1/aanmeldingen/{id}/terugbelverzoeken/{terugbelId}/afronding", null);

        openVoorTeam.GetProperty("resultaten").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).Should().Contain(terugbelId);
        afronding.StatusCode.Should().Be(HttpStatusCode.Created);
        nogmaals.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var verzoek = (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{id}"))).GetProperty("terugbelverzoeken")[0];
        verzoek.GetProperty("afgerondOp").GetString().Should().NotBeNull();
        verzoek.GetProperty("afgerondDoor").GetString().Should().NotBeNullOrEmpty();
        (await JsonAsync(await Client.GetAsync("/api/v1/terugbelverzoeken?team=jeugd-onderwijs"))).GetProperty("resultaten")
            .EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).Should().NotContain(terugbelId);
    }

    [Fact]
    public async Task Een_terugbelverzoek_voor_collega_en_team_tegelijk_of_zonder_nummer_geeft_400()
    {
        var id = await RegistreerAanmeldingAsync("Terugbellen graag");

        var response = await Client.PostAsJsonAsync($"/api/v1/aanmeldingen/{id}/terugbelverzoeken", new { medewerker = "loket", team = "wmo" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        errors.TryGetProperty("medewerker", out _).Should().BeTrue();
        errors.GetProperty("telefoonnummer")[0].GetString().Should().Be("Noteer het nummer waarop teruggebeld wordt.");
    }
}
