using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Issue 12, "Done when" 2: an overdracht to Plangroep needs the inwoner's toestemming; with it Plangroep's key works on
/// it and reports back, Sigma's key finds nothing, and after the toestemming is withdrawn Plangroep's key no longer reads it.
/// </summary>
public sealed class PartnerOverdrachtApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Een_overdracht_aan_plangroep_zonder_toestemming_is_422_en_met_toestemming_gaat_zij()
    {
        var route = new VraagRoute(Client);
        var inwoner = await route.InwonerAsync("Sanne", "Schuldeiser");
        var vraagverheldering = await route.DoorgezetAsync(inwoner, "Ik heb schulden en de deurwaarder komt");

        var zonder = await route.RondAfMetOverdrachtAsync(vraagverheldering, "schuldhulpverlening");

        zonder.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await JsonAsync(zonder)).GetProperty("detail").GetString()
            .Should().Be("Voor schuldhulpverlening door Plangroep is toestemming van de inwoner nodig: leg die eerst vast.");
        var detail = await route.DetailAsync(vraagverheldering);
        detail.GetProperty("status").GetString().Should().NotBe("afgerond", "nothing was written");
        detail.GetProperty("afronding").ValueKind.Should().Be(JsonValueKind.Null);
        (await AantalAsync("select count(*) from vraagverheldering.outbox where type like '%VraagverhelderingAfgerond' and payload->>'vraagverhelderingId' = @id",
            new { id = vraagverheldering.ToString() })).Should().Be(0);

        var toestemming = await LegToestemmingVastAsync(inwoner);
        var lijst = await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{inwoner}/toestemmingen"));
        var vastgelegd = lijst.GetProperty("resultaten").EnumerateArray().Should().ContainSingle().Subject;
        vastgelegd.GetProperty("id").GetGuid().Should().Be(toestemming);
        vastgelegd.GetProperty("geldig").GetBoolean().Should().BeTrue();
        vastgelegd.GetProperty("gegevens").EnumerateArray().Select(g => g.GetString()).Should().Equal("samenvatting", "contactgegevens");

        var met = await Client.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{vraagverheldering}/afronding", new { uitkomst = "overdracht" });
        met.StatusCode.Should().Be(HttpStatusCode.Created, await met.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Plangroep_koppelt_terug_sigma_krijgt_404_en_na_intrekking_vindt_plangroep_haar_niet_meer()
    {
        var route = new VraagRoute(Client);
        var inwoner = await route.InwonerAsync("Henk", "Terugkoppeling");
        var toestemming = await LegToestemmingVastAsync(inwoner);
        var overdracht = await GeaccepteerdeOverdrachtAsync(inwoner);
        var plangroep = await Factory.ClientMetSleutelAsync(TestModules.Registry.PartnerScopes, organisatie: "Plangroep");
        var sigma = await Factory.ClientMetSleutelAsync(TestModules.Registry.PartnerScopes, organisatie: "Sigma");

        (await sigma.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/terugkoppeling", new { resultaat = "geholpen" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        var ongeldig = await plangroep.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/terugkoppeling", new { resultaat = "prima" });
        ongeldig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(ongeldig)).GetProperty("errors").GetProperty("resultaat")[0].GetString().Should().Contain("niet-geholpen");

        var terug = await plangroep.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/terugkoppeling",
            new { resultaat = "geholpen", toelichting = "Betalingsregeling met drie schuldeisers getroffen." });

        terug.StatusCode.Should().Be(HttpStatusCode.Created, await terug.Content.ReadAsStringAsync());
        terug.Headers.Location!.ToString().Should().Be($"/api/v1/overdrachten/{overdracht}");
        (await JsonAsync(terug)).GetProperty("status").GetString().Should().Be("afgerond");
        (await AantalAsync("select count(*) from overdracht.overdracht where id = @overdracht and resultaat = 'geholpen'", new { overdracht })).Should().Be(1);

        var heropend = await Client.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/heropening", new { reden = "De inwoner belt: de regeling is niet doorgegaan." });
        heropend.StatusCode.Should().Be(HttpStatusCode.Created, await heropend.Content.ReadAsStringAsync());
        (await JsonAsync(heropend)).GetProperty("status").GetString().Should().Be("geaccepteerd");
        (await plangroep.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/heropening", new { reden = "Zelf heropenen" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "reopening is the loket's");

        var intrekking = await Client.PostAsJsonAsync($"/api/v1/inwoners/{inwoner}/toestemmingen/{toestemming}/intrekking", new { reden = "Wil het zelf regelen" });
        intrekking.StatusCode.Should().Be(HttpStatusCode.Created, await intrekking.Content.ReadAsStringAsync());

        (await plangroep.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/terugkoppeling", new { resultaat = "deels" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "after the withdrawal Plangroep's key no longer finds what was shared");
        (await Client.PostAsJsonAsync($"/api/v1/inwoners/{inwoner}/toestemmingen/{toestemming}/intrekking", new { }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        var lijst = await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{inwoner}/toestemmingen"));
        lijst.GetProperty("resultaten")[0].GetProperty("geldig").GetBoolean().Should().BeFalse();
        (await sigma.GetAsync($"/api/v1/inwoners/{inwoner}/toestemmingen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Een_teruggelegde_overdracht_gaat_opnieuw_naar_een_team_met_een_nieuwe_overdracht()
    {
        var route = new VraagRoute(Client);
        var inwoner = await route.InwonerAsync("Gerrit", "Herroutering");
        var teruggelegd = await OverdrachtAsync(inwoner, "teruggelegd", null);

        var naarPlangroep = await Client.PostAsJsonAsync($"/api/v1/overdrachten/{teruggelegd}/herroutering", new { partnerOrganisatie = "Plangroep" });
        naarPlangroep.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await JsonAsync(naarPlangroep)).GetProperty("detail").GetString().Should().Contain("toestemming van de inwoner nodig");
        var onbekend = await Client.PostAsJsonAsync($"/api/v1/overdrachten/{teruggelegd}/herroutering", new { team = "toverteam" });
        onbekend.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(onbekend)).GetProperty("errors").GetProperty("team")[0].GetString().Should().Contain("wmo");

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/overdrachten/{teruggelegd}/herroutering")
        {
            Content = JsonContent.Create(new { team = "wmo", toelichting = "Het gaat om hulp in huis." }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var gerouteerd = await Client.SendAsync(request);

        gerouteerd.StatusCode.Should().Be(HttpStatusCode.Created, await gerouteerd.Content.ReadAsStringAsync());
        var nieuw = await JsonAsync(gerouteerd);
        var nieuwId = nieuw.GetProperty("id").GetGuid();
        gerouteerd.Headers.Location!.ToString().Should().Be($"/api/v1/overdrachten/{nieuwId}");
        nieuw.GetProperty("vorigeOverdrachtId").GetGuid().Should().Be(teruggelegd);
        nieuw.GetProperty("teamCode").GetString().Should().Be("wmo");
        (await AantalAsync("select count(*) from overdracht.overdracht where id = @nieuwId and vorige_overdracht_id = @teruggelegd and status = 'aangeboden'",
            new { nieuwId, teruggelegd })).Should().Be(1);
        (await Client.PostAsJsonAsync($"/api/v1/overdrachten/{teruggelegd}/herroutering", new { team = "jeugd-onderwijs" }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Plangroep_ziet_accepteert_en_koppelt_terug_en_het_loket_ziet_het_resultaat()
    {
        var route = new VraagRoute(Client);
        var inwoner = await route.InwonerAsync("Anna", "Volledig");
        var vraagverheldering = await route.DoorgezetAsync(inwoner, "Schulden");
        var toestemming = await LegToestemmingVastAsync(inwoner);
        (await route.RondAfMetOverdrachtAsync(vraagverheldering, "schuldhulpverlening")).StatusCode.Should().Be(HttpStatusCode.Created);
        var plangroep = await Factory.ClientMetSleutelAsync(TestModules.Registry.PartnerScopes, organisatie: "Plangroep");
        var sigma = await Factory.ClientMetSleutelAsync(TestModules.Registry.PartnerScopes, organisatie: "Sigma");
        var overdracht = await WachtOpOverdrachtAsync(inwoner);

        var gezien = await JsonAsync(await plangroep.GetAsync($"/api/v1/overdrachten/{overdracht}"));
        gezien.GetProperty("samenvatting").GetString().Should().NotBeNullOrEmpty();
        gezien.GetProperty("contact").GetProperty("naam").GetString().Should().Be("Anna Volledig", "the toestemming covers his contactgegevens");
        (await sigma.GetAsync($"/api/v1/overdrachten/{overdracht}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await plangroep.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/acceptatie",
            new { contactpersoon = "Petra de Vries", telefoon = "033 123 4567", samenvattingVoldoende = true }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await plangroep.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/terugkoppeling", new { resultaat = "geholpen", toelichting = "Regeling getroffen." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var loket = await JsonAsync(await Client.GetAsync($"/api/v1/overdrachten/{overdracht}"));
        loket.GetProperty("status").GetString().Should().Be("afgerond");
        loket.GetProperty("aanspreekpunt").GetProperty("naam").GetString().Should().Be("Petra de Vries");
        var afgerond = loket.GetProperty("stappen").EnumerateArray().Should().ContainSingle(s => s.GetProperty("soort").GetString() == "afgerond").Subject;
        afgerond.GetProperty("reden").GetString().Should().Be("geholpen");
        afgerond.GetProperty("toelichting").GetString().Should().Be("Regeling getroffen.");
        loket.GetProperty("terugkoppeling").GetProperty("resultaatOmschrijving").GetString().Should().Be("Geholpen");
        loket.GetProperty("terugkoppeling").GetProperty("toelichting").GetString().Should().Be("Regeling getroffen.");

        (await Client.PostAsJsonAsync($"/api/v1/inwoners/{inwoner}/toestemmingen/{toestemming}/intrekking", new { })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await plangroep.GetAsync($"/api/v1/overdrachten/{overdracht}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Zonder_toestemming_voor_contactgegevens_leest_de_partner_de_samenvatting_maar_niet_hoe_hij_de_inwoner_bereikt()
    {
        var route = new VraagRoute(Client);
        var inwoner = await route.InwonerAsync("Bram", "Alleensamenvatting");
        var vraagverheldering = await route.DoorgezetAsync(inwoner, "Schulden");
        await LegToestemmingVastAsync(inwoner, "samenvatting");
        (await route.RondAfMetOverdrachtAsync(vraagverheldering, "schuldhulpverlening")).StatusCode.Should().Be(HttpStatusCode.Created);
        var plangroep = await Factory.ClientMetSleutelAsync(TestModules.Registry.PartnerScopes, organisatie: "Plangroep");
        var overdracht = await WachtOpOverdrachtAsync(inwoner);

        var gezien = await JsonAsync(await plangroep.GetAsync($"/api/v1/overdrachten/{overdracht}"));

        gezien.GetProperty("samenvatting").GetString().Should().NotBeNullOrEmpty();
        gezien.GetProperty("contact").ValueKind.Should().Be(JsonValueKind.Null);
        (await JsonAsync(await Client.GetAsync($"/api/v1/overdrachten/{overdracht}"))).GetProperty("contact").GetProperty("naam").GetString()
            .Should().Be("Bram Alleensamenvatting", "the loket reads it without a toestemming");
    }

    private async Task<Guid> LegToestemmingVastAsync(Guid inwoner, params string[] gegevens)
    {
        var vandaag = DateOnly.FromDateTime(DateTime.Today);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/inwoners/{inwoner}/toestemmingen")
        {
            Content = JsonContent.Create(new
            {
                partnerOrganisatie = "Plangroep", gegevens = gegevens.Length > 0 ? gegevens : new[] { "samenvatting", "contactgegevens" },
                doel = "Schuldhulpverlening: Plangroep brengt de schulden in kaart.", wijze = "mondeling",
                gegevenOp = vandaag, geldigTot = vandaag.AddYears(1),
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await Client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().Should().Be($"/api/v1/inwoners/{inwoner}/toestemmingen");
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    // An overdracht in the state a test of one step starts from, written as the owner (the route to it is tested above).
    private async Task<Guid> GeaccepteerdeOverdrachtAsync(Guid inwoner) => await OverdrachtAsync(inwoner, "geaccepteerd", "Plangroep");

    private async Task<Guid> OverdrachtAsync(Guid inwoner, string status, string? partner)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.ExecuteAsync(
            """
            insert into overdracht.overdracht (id, aanmelding_id, inwoner_id, team_code, partner_organisatie, expertises, samenvatting, status,
                aangeboden_op, verloopt_op, aanspreekpunt_naam, teruglegreden)
            values (@id, @aanmelding, @inwoner, 'werk-inkomen', @partner, array['schuldhulpverlening'], 'Drie schuldeisers; wil overzicht.', @status,
                now(), now() + interval '14 days', case when @status = 'geaccepteerd' then 'Petra de Vries' end,
                case when @status = 'teruggelegd' then 'ander-team' end)
            """,
            new { id, aanmelding = Guid.NewGuid(), inwoner, partner, status });
        return id;
    }

    private async Task<Guid> WachtOpOverdrachtAsync(Guid inwoner)
    {
        for (var poging = 0; poging < 300; poging++)
        {
            await using var connection = new NpgsqlConnection(Factory.ConnectionString);
            if (await connection.QuerySingleOrDefaultAsync<Guid?>("select id from overdracht.overdracht where inwoner_id = @inwoner", new { inwoner }) is { } id)
            {
                return id;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Er is geen overdracht aangeboden.");
    }

    private async Task<long> AantalAsync(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
