using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class InwonersApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static object Inwoner(string? bsn, string achternaam = "El Amrani", string geboortedatum = "1984-07-03", string postcode = "3861 KL",
        int huisnummer = 8, bool nieuwOndanksGelijkenis = false) => new
    {
        voornamen = "Fatima",
        achternaam,
        geboortedatum,
        postcode,
        huisnummer,
        woonplaats = "Nijkerk",
        kern = "Nijkerk",
        telefoon = "033 246 80 10",
        email = "fatima@voorbeeld.nl",
        voorkeurskanaal = "telefoon",
        taal = "Arabisch",
        ondersteuningsbehoefte = "Tolk Arabisch nodig",
        bsn,
        nieuwOndanksGelijkenis,
    };

    private async Task<string> RegistreerAsync(object inwoner)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/inwoners", inwoner);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    private static object Wijziging(string telefoon, string achternaam) => new
    {
        voornamen = "Fatima",
        achternaam,
        geboortedatum = "1984-07-03",
        postcode = "3861 KL",
        huisnummer = 8,
        woonplaats = "Nijkerk",
        kern = "Nijkerk",
        telefoon,
        voorkeurskanaal = "telefoon",
    };

    private async Task<HttpResponseMessage> WijzigAsync(string id, object wijziging, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/inwoners/{id}") { Content = JsonContent.Create(wijziging) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await Client.SendAsync(request);
    }

    [Fact]
    public async Task Een_inwoner_wordt_geregistreerd_en_zonder_bsn_teruggegeven()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("111222333", postcode: "3865 AA"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var location = response.Headers.Location!.ToString();
        var inwoner = await Client.GetAsync(location);
        var body = await inwoner.Content.ReadAsStringAsync();
        body.Should().Contain("\"geboortedatum\":\"1984-07-03\"").And.Contain("\"bsnBekend\":true").And.NotContain("111222333");
        body.Should().Contain("\"kern\":\"Nijkerk\"").And.Contain("\"voorkeurskanaal\":\"telefoon\"").And.Contain("\"taal\":\"Arabisch\"")
            .And.Contain("\"ondersteuningsbehoefte\":\"Tolk Arabisch nodig\"").And.Contain("\"telefoon\":\"033 246 80 10\"");
        inwoner.Headers.ETag!.Tag.Should().Be("\"1\"");
    }

    [Fact]
    public async Task Een_tweede_registratie_met_hetzelfde_bsn_geeft_409_met_de_bestaande_id()
    {
        var eerste = await JsonAsync(await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("123456782", achternaam: "Yilmaz", postcode: "3866 AA")));

        var tweede = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("123456782", achternaam: "Bakker", nieuwOndanksGelijkenis: true));

        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await JsonAsync(tweede);
        problem.GetProperty("bestaandeId").GetString().Should().Be(eerste.GetProperty("id").GetString());
        (await tweede.Content.ReadAsStringAsync()).Should().NotContain("123456782");
    }

    [Fact]
    public async Task Dezelfde_naam_en_geboortedatum_geeft_409_met_kandidaten_en_met_de_vlag_wordt_het_toch_een_nieuwe_inwoner()
    {
        var eerste = await RegistreerAsync(Inwoner("999996356", achternaam: "Visser", geboortedatum: "1970-01-01", postcode: "3862 AA"));

        var tweede = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(null, achternaam: "visser", geboortedatum: "1970-01-01", postcode: "3863 BB"));

        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var body = await tweede.Content.ReadAsStringAsync();
        body.Should().NotContain("999996356").And.NotContain("bsn");
        var kandidaat = (await JsonAsync(tweede)).GetProperty("kandidaten").EnumerateArray().Should().ContainSingle().Subject;
        kandidaat.GetProperty("id").GetString().Should().Be(eerste);
        kandidaat.GetProperty("achternaam").GetString().Should().Be("Visser");
        kandidaat.GetProperty("geboortedatum").GetString().Should().Be("1970-01-01");

        var toch = await Client.PostAsJsonAsync("/api/v1/inwoners",
            Inwoner(null, achternaam: "visser", geboortedatum: "1970-01-01", postcode: "3863 BB", nieuwOndanksGelijkenis: true));

        toch.StatusCode.Should().Be(HttpStatusCode.Created);
        (await JsonAsync(toch)).GetProperty("id").GetString().Should().NotBe(eerste);
    }

    [Fact]
    public async Task Hetzelfde_adres_en_geboortedatum_onder_een_andere_naam_geeft_409_met_de_kandidaat()
    {
        var eerste = await RegistreerAsync(Inwoner(null, achternaam: "Kramer", geboortedatum: "1955-03-03", postcode: "3871 CD", huisnummer: 40));

        var tweede = await Client.PostAsJsonAsync("/api/v1/inwoners",
            Inwoner(null, achternaam: "Kramer-de Boer", geboortedatum: "1955-03-03", postcode: "3871CD", huisnummer: 40));
        var anderAdres = await Client.PostAsJsonAsync("/api/v1/inwoners",
            Inwoner(null, achternaam: "Kramer-de Boer", geboortedatum: "1955-03-03", postcode: "3871CD", huisnummer: 41));

        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(tweede)).GetProperty("kandidaten")[0].GetProperty("id").GetString().Should().Be(eerste);
        anderAdres.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Zoeken_op_bsn_gaat_met_een_post_en_vindt_de_inwoner_zonder_het_bsn_terug_te_geven()
    {
        var id = await RegistreerAsync(Inwoner("234567818", achternaam: "Zoekmans", postcode: "3864 ZZ"));

        var response = await Client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = "234567818" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("234567818");
        var gevonden = await JsonAsync(response);
        gevonden.GetProperty("resultaten")[0].GetProperty("id").GetString().Should().Be(id);
        var opAdres = await JsonAsync(await Client.PostAsJsonAsync("/api/v1/inwoners/_zoek",
            new { postcode = "3864zz", huisnummer = 8, geboortedatum = "1984-07-03" }));
        opAdres.GetProperty("resultaten").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain(id);
        (await (await Client.GetAsync($"/api/v1/inwoners/{id}")).Content.ReadAsStringAsync()).Should().NotContain("234567818");
    }

    [Fact]
    public async Task Een_ongeldig_bsn_geeft_400_zonder_het_nummer_te_herhalen()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/inwoners", Inwoner("123456789"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("elfproef").And.NotContain("123456789");
    }

    [Fact]
    public async Task Het_bsn_lezen_vraagt_een_eigen_recht_en_komt_als_bsn_ingezien_in_het_log()
    {
        var id = await RegistreerAsync(Inwoner("234567806", achternaam: "Bsnlezer", geboortedatum: "1990-09-09"));
        var zonderRecht = await Factory.ClientMetSleutelAsync([IntakeRechten.InwonersLezen]);

        var geweigerd = await zonderRecht.GetAsync($"/api/v1/inwoners/{id}/bsn");
        var gelezen = await Client.GetAsync($"/api/v1/inwoners/{id}/bsn");

        geweigerd.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await geweigerd.Content.ReadAsStringAsync()).Should().NotContain("234567806");
        gelezen.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(gelezen)).GetProperty("bsn").GetString().Should().Be("234567806");
        gelezen.Headers.CacheControl!.NoStore.Should().BeTrue();
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        (await connection.ExecuteScalarAsync<long>(
            "select count(*) from audit.verwerking where persoon_id = @id and omschrijving = 'BSN ingezien'", new { id = Guid.Parse(id) }))
            .Should().Be(1);
    }

    [Fact]
    public async Task Wijzigen_vraagt_if_match_weigert_een_verouderde_versie_en_meldt_welke_velden_veranderden()
    {
        var id = await RegistreerAsync(Inwoner(null, achternaam: "Wijzigers", geboortedatum: "1961-06-06"));
        var etag = (await Client.GetAsync($"/api/v1/inwoners/{id}")).Headers.ETag!.Tag;

        var zonder = await WijzigAsync(id, Wijziging("0612345678", "Wijzigers"), null);
        var goed = await WijzigAsync(id, Wijziging("0612345678", "Wijzigers"), etag);
        var verouderd = await WijzigAsync(id, Wijziging("0687654321", "Wijzigers"), etag);

        zonder.StatusCode.Should().Be((HttpStatusCode)428);
        goed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        goed.Headers.ETag!.Tag.Should().Be("\"2\"");
        verouderd.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await JsonAsync(verouderd)).GetProperty("detail").GetString().Should().Contain("Iemand anders heeft deze gegevens intussen gewijzigd");
        var nu = await Client.GetAsync($"/api/v1/inwoners/{id}");
        nu.Headers.ETag!.Tag.Should().Be("\"2\"");
        var inwoner = await JsonAsync(nu);
        inwoner.GetProperty("telefoon").GetString().Should().Be("0612345678");
        inwoner.GetProperty("email").ValueKind.Should().Be(JsonValueKind.Null, "a PUT replaces: a field left out is emptied");
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        var payload = await connection.ExecuteScalarAsync<string>(
            "select payload::text from intake.outbox where type like '%InwonerGewijzigd' and payload->>'inwonerId' = @id", new { id });
        payload.Should().Contain("telefoon").And.Contain("email").And.NotContain("0612345678");
    }

    [Fact]
    public async Task Samenvoegen_houdt_elke_aanmelding_en_de_samengevoegde_inwoner_verwijst_naar_de_behouden()
    {
        var behouden = await RegistreerAsync(Inwoner(null, achternaam: "Dubbel", geboortedatum: "1949-12-12", postcode: "3861 AA", huisnummer: 1));
        var dubbel = await RegistreerAsync(Inwoner("234567831", achternaam: "Dubbel", geboortedatum: "1949-12-12", postcode: "3861 AA", huisnummer: 1,
            nieuwOndanksGelijkenis: true));
        var aanmeldingen = new List<string>();
        foreach (var (inwonerId, vraag) in new[] { (behouden, "Hulp bij de huur"), (dubbel, "Hulp in huis"), (dubbel, "Vervoer naar het ziekenhuis") })
        {
            var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen",
                new { kanaal = "telefoon", bron = "inwoner-zelf", vraag, urgentie = "normaal", inwonerId });
            response.StatusCode.Should().Be(HttpStatusCode.Created);
            aanmeldingen.Add((await JsonAsync(response)).GetProperty("id").GetString()!);
        }

        var samenvoeging = await Client.PostAsJsonAsync($"/api/v1/inwoners/{behouden}/samenvoeging", new { samenTeVoegenInwonerId = dubbel });

        samenvoeging.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(samenvoeging)).GetProperty("omgezetteVerwijzingen").GetInt32().Should().Be(2);
        foreach (var aanmelding in aanmeldingen)
        {
            (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}"))).GetProperty("inwonerId").GetString().Should().Be(behouden);
        }

        var weg = await Client.GetAsync($"/api/v1/inwoners/{dubbel}");
        weg.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await JsonAsync(weg)).GetProperty("samengevoegdIn").GetString().Should().Be(behouden);
        var gevonden = await JsonAsync(await Client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { achternaam = "Dubbel", geboortedatum = "1949-12-12" }));
        gevonden.GetProperty("resultaten").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal(behouden);
        (await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{behouden}"))).GetProperty("bsnBekend").GetBoolean()
            .Should().BeTrue("the BSN moves to the kept record");
        var opBsn = await JsonAsync(await Client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = "234567831" }));
        opBsn.GetProperty("resultaten")[0].GetProperty("id").GetString().Should().Be(behouden);
    }

    [Fact]
    public async Task Samenvoegen_met_zichzelf_of_met_een_al_samengevoegde_inwoner_geeft_422()
    {
        var a = await RegistreerAsync(Inwoner(null, achternaam: "Eenmaal", geboortedatum: "1977-07-07", postcode: "3862 AB", huisnummer: 2));
        var b = await RegistreerAsync(Inwoner(null, achternaam: "Eenmaal", geboortedatum: "1977-07-07", postcode: "3862 AB", huisnummer: 2,
            nieuwOndanksGelijkenis: true));
        var c = await RegistreerAsync(Inwoner(null, achternaam: "Anders", geboortedatum: "1977-07-08", postcode: "3862 AB", huisnummer: 3));
        (await Client.PostAsJsonAsync($"/api/v1/inwoners/{a}/samenvoeging", new { samenTeVoegenInwonerId = b })).EnsureSuccessStatusCode();

        var metZichzelf = await Client.PostAsJsonAsync($"/api/v1/inwoners/{a}/samenvoeging", new { samenTeVoegenInwonerId = a });
        var nogmaals = await Client.PostAsJsonAsync($"/api/v1/inwoners/{c}/samenvoeging", new { samenTeVoegenInwonerId = b });
        var zonderAnder = await Client.PostAsJsonAsync($"/api/v1/inwoners/{a}/samenvoeging", new { });

        metZichzelf.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        nogmaals.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        zonderAnder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
