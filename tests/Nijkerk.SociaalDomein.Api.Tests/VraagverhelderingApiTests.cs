using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>The route of a question through vraagverheldering, as an integrator drives it.</summary>
public sealed class VraagverhelderingApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Een_doorgezette_aanmelding_gaat_via_gesprek_scores_en_rolgesprek_naar_een_overdracht_met_een_gebeurtenis()
    {
        var inwoner = await InwonerAsync();
        var id = await DoorgezetAsync(inwoner, "Ik kom niet rond en mijn moeder kan niet meer alleen");

        var genomen = await Client.PostAsync($"/api/v1/vraagverhelderingen/{id}/behandelaar", null);
        genomen.StatusCode.Should().Be(HttpStatusCode.Created);
        var werkvoorraad = await JsonAsync(await Client.GetAsync("/api/v1/vraagverhelderingen?behandelaar=mij&status=open&paginaGrootte=100"));
        var regel = werkvoorraad.GetProperty("resultaten").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        regel.GetProperty("inwonerNaam").GetString().Should().StartWith("Fatma ");
        regel.GetProperty("kern").GetString().Should().Be("Hoevelaken");
        (await JsonAsync(await Client.GetAsync("/api/v1/vraagverhelderingen?behandelaar=vrij&kern=Hoevelaken&paginaGrootte=100")))
            .GetProperty("resultaten").EnumerateArray().Should().NotContain(r => r.GetProperty("id").GetGuid() == id);
        var overzicht = await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht"));
        overzicht.GetProperty("vraagverhelderingen")[0].GetProperty("behandelaar").GetString().Should().NotBeNullOrEmpty();

        var versie = await VersieAsync(id);
        var gesprek = await PutAsync($"/api/v1/vraagverhelderingen/{id}/gesprek", versie, new
        {
            vorm = "huisbezoek",
            tijdstip = DateTimeOffset.UtcNow.AddDays(3),
            plaats = "Bij de inwoner thuis",
            deelnemers = new object[]
            {
                new { soort = "inwoner", naam = "Fatma Yilmaz" },
                new { soort = "netwerk", naam = "Ayse Yilmaz", relatie = "moeder" },
                new { soort = "clientondersteuner", naam = "Jan de Wit", organisatie = "MEE Veluwe" },
            },
            clientondersteuningAangeboden = true,
            clientondersteuningGeaccepteerd = true,
            aanleiding = "Baan verloren, schulden lopen op",
            levensgebeurtenis = "ontslag",
        });
        gesprek.StatusCode.Should().Be(HttpStatusCode.NoContent);
        versie = gesprek.Headers.ETag!.Tag;

        foreach (var (code, score) in new[] { ("financien", 1), ("werk-opleiding", 2), ("huiselijke-relaties", 4) })
        {
            var gescoord = await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/{code}", versie, new { score, toelichting = $"Besproken: {code}" });
            gescoord.StatusCode.Should().Be(HttpStatusCode.NoContent);
            versie = gescoord.Headers.ETag!.Tag;
        }

        var detail = await JsonAsync(await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}"));
        var moeder = detail.GetProperty("gesprek").GetProperty("deelnemers").EnumerateArray()
            .Single(d => d.GetProperty("soort").GetString() == "netwerk").GetProperty("id").GetGuid();
        var voorziening = await VoorzieningAsync("Schuldhulpverlening");
        var rolgesprek = await PutAsync($"/api/v1/vraagverhelderingen/{id}/rolgesprek", versie, new
        {
            vraagAchterDeVraag = "Zij wil de regie over haar geld terug en haar moeder goed verzorgd weten.",
            hulpvragen = new object[]
            {
                new
                {
                    omschrijving = "Schulden op orde en een inkomen",
                    leefgebieden = new[] { "financien", "werk-opleiding" },
                    zelf = "Houdt post bij en opent brieven",
                    netwerk = "Broer helpt met administratie",
                    voorliggendVeld = "Schuldhulpmaatje",
                    voorzieningIds = new[] { voorziening },
                    gemeente = "Uitkering en schuldhulpverlening",
                    expertises = new[] { "inkomen", "schuldhulpverlening" },
                },
                new
                {
                    omschrijving = "Ondersteuning voor moeder als mantelzorgontvanger",
                    leefgebieden = new[] { "huiselijke-relaties" },
                    betreftDeelnemerId = moeder,
                    gemeente = "Huishoudelijke hulp",
                    expertises = new[] { "wmo-2015" },
                },
            },
        });
        rolgesprek.StatusCode.Should().Be(HttpStatusCode.NoContent);
        versie = rolgesprek.Headers.ETag!.Tag;

        var expertises = await PutAsync($"/api/v1/vraagverhelderingen/{id}/expertises", versie, new
        {
            expertises = new[] { "inkomen", "schuldhulpverlening", "wmo-2015" },
            samenstelling = "meervoudig",
        });
        expertises.StatusCode.Should().Be(HttpStatusCode.NoContent);

        // Schuldhulpverlening goes to Plangroep, which needs the inwoner's toestemming (issue 12).
        await new VraagRoute(Client).ToestemmingAsync(inwoner);
        var afronding = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "overdracht" });
        afronding.StatusCode.Should().Be(HttpStatusCode.Created);

        detail = await JsonAsync(await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}"));
        detail.GetProperty("status").GetString().Should().Be("afgerond");
        detail.GetProperty("afronding").GetProperty("uitkomst").GetString().Should().Be("overdracht");
        var samenvatting = detail.GetProperty("samenvatting").GetString();
        samenvatting.Should().Contain("Financiën: 1 acute problematiek").And.Contain("Schulden op orde en een inkomen").And.Contain("meervoudig");
        var gebeurtenissen = (await QueryAsync<string>(
            "select payload::text from vraagverheldering.outbox where type like '%VraagverhelderingAfgerond' and payload->>'vraagverhelderingId' = @id",
            new { id = id.ToString() })).ToList();
        var gebeurtenis = JsonDocument.Parse(gebeurtenissen.Should().ContainSingle().Subject).RootElement;
        gebeurtenis.GetProperty("samenvatting").GetString().Should().Be(samenvatting);
        gebeurtenis.GetProperty("scores").EnumerateArray().Select(s => (s.GetProperty("leefgebied").GetString(), s.GetProperty("score").GetInt32()))
            .Should().BeEquivalentTo(new[] { ("financien", 1), ("werk-opleiding", 2), ("huiselijke-relaties", 4) });
        gebeurtenis.GetProperty("samenstelling").GetString().Should().Be("meervoudig");
        gebeurtenis.GetProperty("expertises").EnumerateArray().Select(e => e.GetString()).Should().Equal("inkomen", "schuldhulpverlening", "wmo-2015");
        gebeurtenis.GetProperty("hulpvragen")[0].GetProperty("voorzieningIds")[0].GetGuid().Should().Be(voorziening);
        gebeurtenis.GetProperty("hulpvragen")[1].GetProperty("betreftNetwerk").GetBoolean().Should().BeTrue();
        gebeurtenis.GetProperty("inwonerId").GetGuid().Should().Be(inwoner);
        gebeurtenis.GetProperty("methode").GetString().Should().Be("zrm-2017");

        (await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "overdracht" }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/justitie", detail.GetProperty("versie").GetInt32().ToString(), new { score = 5 }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "an afgeronde vraagverheldering is read-only");
        (await QueryAsync<long>("select count(*) from vraagverheldering.outbox where type like '%VraagverhelderingAfgerond' and payload->>'vraagverhelderingId' = @id",
            new { id = id.ToString() })).Single().Should().Be(1);
        (await QueryAsync<long>("select count(*) from audit.verwerking where persoon_id = @inwoner and omschrijving = 'Vraagverheldering afgerond'", new { inwoner }))
            .Single().Should().Be(1);
    }

    [Fact]
    public async Task Een_verouderde_score_geeft_412_en_verandert_niets()
    {
        var id = await DoorgezetAsync(await InwonerAsync(), "Ik voel me eenzaam");
        var oud = await VersieAsync(id);
        (await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/sociaal-netwerk", oud, new { score = 2 })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var verouderd = await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/sociaal-netwerk", oud, new { score = 5, toelichting = "Gaat prima" });

        verouderd.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        verouderd.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var leefgebied = await LeefgebiedAsync(id, "sociaal-netwerk");
        leefgebied.GetProperty("score").GetInt32().Should().Be(2);
        leefgebied.GetProperty("toelichting").ValueKind.Should().Be(JsonValueKind.Null);
        leefgebied.GetProperty("vastgelegdDoor").GetString().Should().NotBeNullOrEmpty();
        (await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/sociaal-netwerk", null, new { score = 3 }))
            .StatusCode.Should().Be((HttpStatusCode)428);
    }

    [Fact]
    public async Task Een_score_buiten_de_schaal_van_de_methode_geeft_400_en_niet_besproken_mag()
    {
        var id = await DoorgezetAsync(await InwonerAsync(), "Ik heb geen werk");
        var versie = await VersieAsync(id);

        var buiten = await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/werk-opleiding", versie, new { score = 6 });
        var onbekend = await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/sterrenkunde", versie, new { score = 3 });
        var nietBesproken = await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/justitie", versie, new { nietBesproken = true });

        buiten.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(buiten)).GetProperty("errors").GetProperty("score")[0].GetString().Should().Contain("1 Acute problematiek");
        onbekend.StatusCode.Should().Be(HttpStatusCode.NotFound);
        nietBesproken.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await LeefgebiedAsync(id, "werk-opleiding")).GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        (await LeefgebiedAsync(id, "justitie")).GetProperty("nietBesproken").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Twee_keer_afronden_geeft_409_en_een_collega_kan_niet_afronden()
    {
        var id = await DoorgezetAsync(await InwonerAsync(), "Mijn zoon gaat niet naar school");
        var collega = await Factory.ClientMetSleutelAsync([VraagverhelderingRechten.Lezen, VraagverhelderingRechten.Behandelen]);
        (await Client.PostAsync($"/api/v1/vraagverhelderingen/{id}/behandelaar", null)).StatusCode.Should().Be(HttpStatusCode.Created);

        var doorCollega = await collega.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "afgesloten-zonder-resultaat", reden = "niet-bereikt" });
        var eerste = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "geen-rol", reden = "eigen-kracht" });
        var tweede = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "geen-rol", reden = "eigen-kracht" });

        doorCollega.StatusCode.Should().Be(HttpStatusCode.Conflict);
        eerste.StatusCode.Should().Be(HttpStatusCode.Created);
        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await JsonAsync(tweede)).GetProperty("detail").GetString().Should().Contain("al afgerond");
        (await QueryAsync<long>("select count(*) from vraagverheldering.outbox where type like '%VraagverhelderingAfgerond' and payload->>'vraagverhelderingId' = @id",
            new { id = id.ToString() })).Single().Should().Be(1);
    }

    [Fact]
    public async Task Een_afronding_zonder_reden_of_met_een_onbekende_uitkomst_geeft_400()
    {
        var id = await DoorgezetAsync(await InwonerAsync(), "Kan ik een parkeerkaart krijgen?");

        var zonderReden = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "geen-rol" });
        var onbekend = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "weggooien" });
        var overdrachtZonderExpertise = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "overdracht" });

        zonderReden.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(zonderReden)).GetProperty("errors").TryGetProperty("reden", out _).Should().BeTrue();
        onbekend.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        overdrachtZonderExpertise.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await JsonAsync(await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}"))).GetProperty("status").GetString().Should().Be("open");
    }

    [Fact]
    public async Task Een_tweede_vraagverheldering_van_dezelfde_inwoner_toont_de_eerdere_scores()
    {
        var inwoner = await InwonerAsync();
        var eerste = await DoorgezetAsync(inwoner, "Ik heb schulden");
        (await PutAsync($"/api/v1/vraagverhelderingen/{eerste}/leefgebieden/financien", await VersieAsync(eerste), new { score = 2, toelichting = "Achterstand huur" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{eerste}/afronding", new { uitkomst = "afgesloten-zonder-resultaat", reden = "ingetrokken" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var tweede = await DoorgezetAsync(inwoner, "Het gaat weer mis met geld");

        var financien = await LeefgebiedAsync(tweede, "financien");
        financien.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        var eerder = financien.GetProperty("eerder");
        eerder.GetProperty("score").GetInt32().Should().Be(2);
        eerder.GetProperty("toelichting").GetString().Should().Be("Achterstand huur");
        eerder.GetProperty("vraagverhelderingId").GetGuid().Should().Be(eerste);
        (await LeefgebiedAsync(tweede, "justitie")).GetProperty("eerder").ValueKind.Should().Be(JsonValueKind.Null);
        (await LeefgebiedAsync(eerste, "financien")).GetProperty("eerder").ValueKind.Should().Be(JsonValueKind.Null, "a later one is not earlier");
    }

    [Fact]
    public async Task Een_nieuwe_methode_met_een_extra_leefgebied_wordt_gekozen_en_gescoord()
    {
        var methode = await Client.PostAsJsonAsync("/api/v1/methoden", new
        {
            code = "zrm-nijkerk",
            naam = "ZRM met opvoeding",
            standaard = false,
            leefgebieden = new[] { new { code = "nk-financien", naam = "Financiën" }, new { code = "nk-opvoeding", naam = "Opvoeding en ouderschap" } },
            schaal = Enumerable.Range(1, 5).Select(w => new { waarde = w, label = $"Niveau {w}" }),
        });
        methode.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = await DoorgezetAsync(await InwonerAsync(), "Ik kan mijn kinderen niet aan");

        var gekozen = await PutAsync($"/api/v1/vraagverhelderingen/{id}/methode", await VersieAsync(id), new { methode = "zrm-nijkerk" });
        gekozen.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var gescoord = await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/nk-opvoeding", gekozen.Headers.ETag!.Tag, new { score = 3 });
        gescoord.StatusCode.Should().Be(HttpStatusCode.NoContent);

        var detail = await JsonAsync(await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}"));
        detail.GetProperty("methode").GetProperty("code").GetString().Should().Be("zrm-nijkerk");
        detail.GetProperty("leefgebieden").EnumerateArray().Select(l => l.GetProperty("code").GetString()).Should().Equal("nk-financien", "nk-opvoeding");
        (await LeefgebiedAsync(id, "nk-opvoeding")).GetProperty("score").GetInt32().Should().Be(3);
        (await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/financien", gescoord.Headers.ETag!.Tag, new { score = 3 }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "a leefgebied of another method is not this vraagverheldering's");
        (await PutAsync($"/api/v1/vraagverhelderingen/{id}/methode", gescoord.Headers.ETag!.Tag, new { methode = "zrm-2017" }))
            .StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "scores only mean something on their own method's scale");

        (await Client.PutAsJsonAsync("/api/v1/methoden/zrm-nijkerk/leefgebieden/nk-opvoeding", new { naam = "Opvoeding", actief = true }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.PutAsJsonAsync("/api/v1/methoden/zrm-nijkerk/leefgebieden/nk-financien", new { naam = "Financiën", actief = false }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.PutAsJsonAsync("/api/v1/methoden/zrm-2017/leefgebieden/nk-financien", new { naam = "Financiën", actief = true }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "a leefgebied belongs to one method");
        detail = await JsonAsync(await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}"));
        detail.GetProperty("leefgebieden").EnumerateArray().Select(l => l.GetProperty("naam").GetString()).Should().Equal("Opvoeding");
        (await PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/nk-financien", detail.GetProperty("versie").GetInt32().ToString(), new { score = 3 }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "a deactivated leefgebied is no longer scored");
    }

    [Fact]
    public async Task Een_nieuw_of_gedeactiveerd_leefgebied_geldt_meteen_voor_een_aanmelding_al_houdt_de_host_de_leefgebieden_vast()
    {
        // The host holds the leefgebieden in memory (ADR 0024): this first aanmelding fills it, without the new code.
        var voor = await AanmeldingAsync("lg-opvoeding");
        voor.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(voor)).GetProperty("errors").GetProperty("onderwerpen[0]")[0].GetString().Should().Contain("Onbekend leefgebied 'lg-opvoeding'");

        (await Client.PostAsJsonAsync("/api/v1/methoden", new
        {
            code = "lg-methode",
            naam = "Methode met opvoeding",
            standaard = false,
            leefgebieden = new[] { new { code = "lg-opvoeding", naam = "Opvoeding" } },
            schaal = Enumerable.Range(1, 5).Select(w => new { waarde = w, label = $"Niveau {w}" }),
        })).StatusCode.Should().Be(HttpStatusCode.Created);

        (await AanmeldingAsync("lg-opvoeding")).StatusCode.Should().Be(HttpStatusCode.Created, "a new leefgebied counts at once");
        (await JsonAsync(await Client.GetAsync("/api/v1/leefgebieden"))).GetProperty("resultaten").EnumerateArray()
            .Select(l => l.GetProperty("code").GetString()).Should().Contain("lg-opvoeding");

        (await Client.PutAsJsonAsync("/api/v1/methoden/lg-methode/leefgebieden/lg-opvoeding", new { naam = "Opvoeding", actief = false }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await AanmeldingAsync("lg-opvoeding")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a deactivated leefgebied is refused at once");
        (await JsonAsync(await Client.GetAsync("/api/v1/leefgebieden"))).GetProperty("resultaten").EnumerateArray()
            .Select(l => l.GetProperty("code").GetString()).Should().NotContain("lg-opvoeding");
    }

    private Task<HttpResponseMessage> AanmeldingAsync(string onderwerp) =>
        Client.PostAsJsonAsync("/api/v1/aanmeldingen", new
        {
            kanaal = "telefoon", bron = "inwoner-zelf", vraag = "Ik kan mijn kinderen niet aan", urgentie = "normaal",
            onderwerpen = new[] { onderwerp }, transparantieGegeven = true,
        });

    [Fact]
    public async Task De_expertises_zijn_referentiegegevens_voor_iedere_sleutel()
    {
        var sleutel = await Factory.ClientMetSleutelAsync([VraagverhelderingRechten.Lezen]);

        var expertises = await JsonAsync(await sleutel.GetAsync("/api/v1/expertises"));

        expertises.GetProperty("totaal").GetInt32().Should().Be(13);
        expertises.GetProperty("resultaten").EnumerateArray().Select(e => e.GetProperty("code").GetString())
            .Should().Contain(["jeugd", "wmo-oud", "wmo-2015", "schuldhulpverlening", "gehandicaptenparkeerkaart"]);
        (await Client.GetAsync("/api/v1/expertises/voorstel?expertise=sterrenkunde")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Wie_alleen_mag_lezen_scoort_niet_en_voegt_geen_methode_toe_en_het_inzien_wordt_gelogd()
    {
        var inwoner = await InwonerAsync();
        var id = await DoorgezetAsync(inwoner, "Ik durf de deur niet meer uit");
        var lezer = await Factory.ClientMetSleutelAsync([VraagverhelderingRechten.Lezen]);
        var versie = await VersieAsync(id);

        var lezen = await lezer.GetAsync($"/api/v1/vraagverhelderingen/{id}");
        var scoren = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/vraagverhelderingen/{id}/leefgebieden/financien") { Content = JsonContent.Create(new { score = 3 }) };
        scoren.Headers.TryAddWithoutValidation("If-Match", versie);
        var methode = await lezer.PostAsJsonAsync("/api/v1/methoden", new { code = "verboden", naam = "Verboden" });

        lezen.StatusCode.Should().Be(HttpStatusCode.OK);
        (await lezer.SendAsync(scoren)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        methode.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await QueryAsync<long>("select count(*) from audit.verwerking where persoon_id = @inwoner and omschrijving = 'Vraagverheldering ingezien'", new { inwoner }))
            .Single().Should().BeGreaterThan(0);
    }

    private Task<Guid> InwonerAsync() => new VraagRoute(Client).InwonerAsync("Fatma", "Yilmaz", kern: "Hoevelaken");

    private Task<Guid> DoorgezetAsync(Guid inwoner, string vraag) => new VraagRoute(Client).DoorgezetAsync(inwoner, vraag, "hoog");

    private async Task<string> VersieAsync(Guid id) => (await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}")).Headers.ETag!.Tag;

    private async Task<JsonElement> LeefgebiedAsync(Guid id, string code) =>
        (await JsonAsync(await Client.GetAsync($"/api/v1/vraagverhelderingen/{id}"))).GetProperty("leefgebieden").EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == code);

    private Task<HttpResponseMessage> PutAsync(string adres, string? versie, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, adres) { Content = JsonContent.Create(body) };
        if (versie is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", versie.StartsWith('"') ? versie : $"\"{versie}\"");
        }

        return Client.SendAsync(request);
    }

    private async Task<Guid> VoorzieningAsync(string naam)
    {
        var voorzieningen = await JsonAsync(await Client.GetAsync("/api/v1/sociale-kaart/voorzieningen?leefgebied=financien&paginaGrootte=100"));
        return voorzieningen.GetProperty("resultaten").EnumerateArray().Single(v => v.GetProperty("naam").GetString() == naam).GetProperty("id").GetGuid();
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        return await connection.QueryAsync<T>(sql, parameters);
    }
}
