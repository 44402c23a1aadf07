using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Households of inwoners from Intake's register: made, read with names from the register, members moved between
/// households with the history kept on both, a stale edit refused, merged inwoners followed, and every member of a
/// household with a plan sees the plan and the regisseur at first contact, until he moves out.
/// </summary>
public sealed class HuishoudenApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private VraagRoute Route => new(Client);

    [Fact]
    public async Task Een_huishouden_wordt_samengesteld_en_gelezen_met_naam_geboortedatum_relatie_en_contactpersoon()
    {
        var moeder = await Route.InwonerAsync("Anouk", "Huishoudmoeder");
        var zoon = await Route.InwonerAsync("Bram", "Huishoudmoeder");
        var loket = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Lotte Loket", Rollen.Loketmedewerker));

        var gemaakt = await loket.PostAsJsonAsync("/api/v1/huishoudens", new { leden = new object[] { Lid(moeder, "ouder", true), Lid(zoon, "kind") } });
        gemaakt.StatusCode.Should().Be(HttpStatusCode.Created, await gemaakt.Content.ReadAsStringAsync());
        var id = (await JsonAsync(gemaakt)).GetProperty("id").GetGuid();
        gemaakt.Headers.Location!.ToString().Should().EndWith($"/api/v1/huishoudens/{id}");
        gemaakt.Headers.ETag!.Tag.Should().Be("\"1\"");

        var response = await loket.GetAsync($"/api/v1/huishoudens/{id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        var huishouden = await JsonAsync(response);
        var leden = huishouden.GetProperty("leden").EnumerateArray().ToList();
        leden.Should().HaveCount(2);
        var eerste = leden.Single(l => l.GetProperty("inwonerId").GetGuid() == moeder);
        eerste.GetProperty("naam").GetString().Should().Be("Anouk Huishoudmoeder", "the name is asked from Intake's register");
        eerste.GetProperty("geboortedatum").GetString().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        eerste.GetProperty("relatie").GetString().Should().Be("ouder");
        eerste.GetProperty("contactpersoon").GetBoolean().Should().BeTrue();
        leden.Single(l => l.GetProperty("inwonerId").GetGuid() == zoon).GetProperty("contactpersoon").GetBoolean().Should().BeFalse();
        huishouden.GetProperty("voormaligeLeden").GetArrayLength().Should().Be(0);
        huishouden.GetProperty("plan").ValueKind.Should().Be(JsonValueKind.Null);

        (await loket.GetAsync($"/api/v1/huishoudens/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await using var db = new NpgsqlConnection(Factory.ConnectionString);
        (await db.ExecuteScalarAsync<int>("select count(*)::int from regie.huishouden_lid where huishouden_id = @id", new { id }))
            .Should().Be(2, "Regie keeps ids and roles; the columns hold no name");
        (await db.ExecuteScalarAsync<long>(
                "select count(*) from audit.verwerking where persoon_id = @moeder and omschrijving = 'Huishouden ingezien'", new { moeder }))
            .Should().BeGreaterThan(0, "reading a household is recorded for each member");
    }

    [Fact]
    public async Task Een_lid_verhuist_naar_een_ander_huishouden_en_de_geschiedenis_blijft_in_beide()
    {
        var (a, ouder, kind) = await HuishoudenVanTweeAsync("Verhuis");
        var alleen = await Route.InwonerAsync("Cor", "Verhuis");
        var b = await MaakAsync(Lid(alleen, "ouder", true));
        var versie = (await Client.GetAsync($"/api/v1/huishoudens/{b}")).Headers.ETag!.Tag;

        var verhuisd = await PutAsync(b, versie, Lid(alleen, "ouder", true), Lid(kind, "kind"));
        verhuisd.StatusCode.Should().Be(HttpStatusCode.OK, await verhuisd.Content.ReadAsStringAsync());
        var wijziging = await JsonAsync(verhuisd);
        wijziging.GetProperty("verhuisd").EnumerateArray().Should().ContainSingle(v =>
            v.GetProperty("inwonerId").GetGuid() == kind && v.GetProperty("vanHuishoudenId").GetGuid() == a, "the answer says he moved, and from where");
        verhuisd.Headers.ETag!.Tag.Should().Be("\"2\"");

        var oud = await JsonAsync(await Client.GetAsync($"/api/v1/huishoudens/{a}"));
        oud.GetProperty("leden").EnumerateArray().Select(l => l.GetProperty("inwonerId").GetGuid()).Should().Equal(ouder);
        var vertrokken = oud.GetProperty("voormaligeLeden").EnumerateArray().Single();
        vertrokken.GetProperty("inwonerId").GetGuid().Should().Be(kind);
        vertrokken.GetProperty("tot").GetDateTimeOffset().Should().BeOnOrAfter(vertrokken.GetProperty("van").GetDateTimeOffset());
        var nieuw = await JsonAsync(await Client.GetAsync($"/api/v1/huishoudens/{b}"));
        nieuw.GetProperty("leden").EnumerateArray().Select(l => l.GetProperty("inwonerId").GetGuid()).Should().BeEquivalentTo([alleen, kind]);

        var opnieuw = await PutAsync(b, versie, Lid(alleen, "ouder", true));
        opnieuw.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "the version was used already");
        (await JsonAsync(opnieuw)).GetProperty("detail").GetString().Should().Contain("intussen gewijzigd");
        (await JsonAsync(await Client.GetAsync($"/api/v1/huishoudens/{b}"))).GetProperty("leden").GetArrayLength().Should().Be(2, "a stale edit overwrites nothing");
        using var zonder = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/huishoudens/{b}/leden") { Content = JsonContent.Create(new { leden = new[] { Lid(alleen, "ouder", true) } }) };
        (await Client.SendAsync(zonder)).StatusCode.Should().Be((HttpStatusCode)428);

        var weg = await PutAsync(b, "\"2\"", Lid(alleen, "partner", true));
        weg.StatusCode.Should().Be(HttpStatusCode.OK, await weg.Content.ReadAsStringAsync());
        (await JsonAsync(weg)).GetProperty("vertrokken").EnumerateArray().Select(v => v.GetGuid()).Should().Equal(kind);
        var daarna = await JsonAsync(await Client.GetAsync($"/api/v1/huishoudens/{b}"));
        daarna.GetProperty("leden").EnumerateArray().Single().GetProperty("relatie").GetString().Should().Be("partner");
        daarna.GetProperty("voormaligeLeden").EnumerateArray().Select(l => l.GetProperty("inwonerId").GetGuid()).Should().Equal(kind);
    }

    [Fact]
    public async Task Foute_leden_geven_400_met_een_nederlandse_melding_per_veld_en_zonder_recht_403()
    {
        var echt = await Route.InwonerAsync("Dirk", "Foutlid");
        var onbekend = Guid.NewGuid();
        var fout = await Client.PostAsJsonAsync("/api/v1/huishoudens", new { leden = new object[] { Lid(onbekend, "ouder", true), Lid(echt, "oom", true) } });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var fouten = (await JsonAsync(fout)).GetProperty("errors");
        fouten.GetProperty("leden[0].inwonerId")[0].GetString().Should().Contain("Er is geen inwoner met deze id");
        fouten.GetProperty("leden[1].relatie")[0].GetString().Should().Contain("Onbekende relatie");
        fouten.GetProperty("leden")[0].GetString().Should().Be("Kies precies één lid als contactpersoon van het huishouden.");
        (await Client.PostAsJsonAsync("/api/v1/huishoudens", new { leden = Array.Empty<object>() })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var db = new NpgsqlConnection(Factory.ConnectionString);
        (await db.ExecuteScalarAsync<int>("select count(*)::int from regie.huishouden_lid where inwoner_id = @echt", new { echt })).Should().Be(0, "nothing is written");

        var lezer = await Factory.ClientMetSleutelAsync([RegieRechten.PlannenLezen, IntakeRechten.InwonersLezen]);
        (await lezer.PostAsJsonAsync("/api/v1/huishoudens", new { leden = new[] { Lid(echt, "ouder", true) } })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var id = await MaakAsync(Lid(echt, "ouder", true));
        (await lezer.GetAsync($"/api/v1/huishoudens/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var leider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tim Teamleider", Rollen.Beleid));
        (await leider.GetAsync($"/api/v1/huishoudens/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a teamleider never sees a person");
        (await PutAsync(Guid.NewGuid(), "\"1\"", Lid(echt, "ouder", true))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Elk_lid_ziet_het_plan_en_de_regisseur_bij_het_eerste_contact_tot_hij_verhuist()
    {
        var regisseurNaam = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        var regisseur = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur));
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var (inwoner, plan, huishouden) = await new RegieRoute(Client, teamleider).PlanAsync("Planlid", regisseurNaam);
        var partner = await Route.InwonerAsync("Eva", "Planlid");
        (await OverzichtAsync(partner)).GetProperty("plan").ValueKind.Should().Be(JsonValueKind.Null);

        var gelezen = await regisseur.GetAsync($"/api/v1/huishoudens/{huishouden}");
        gelezen.StatusCode.Should().Be(HttpStatusCode.OK, "the regisseur keeps the household");
        var detail = await JsonAsync(gelezen);
        detail.GetProperty("plan").GetProperty("id").GetGuid().Should().Be(plan);
        detail.GetProperty("plan").GetProperty("regisseur").GetString().Should().Be(regisseurNaam);
        var toegevoegd = await PutAlsAsync(regisseur, huishouden, gelezen.Headers.ETag!.Tag, Lid(inwoner, "overig", true), Lid(partner, "partner"));
        toegevoegd.StatusCode.Should().Be(HttpStatusCode.OK, await toegevoegd.Content.ReadAsStringAsync());

        var overzicht = await OverzichtAsync(partner);
        overzicht.GetProperty("plan").GetProperty("id").GetGuid().Should().Be(plan, "every member of the household sees its plan");
        overzicht.GetProperty("plan").GetProperty("regisseur").GetString().Should().Be(regisseurNaam);
        overzicht.GetProperty("aanspreekpunt").GetProperty("naam").GetString().Should().Be(regisseurNaam);

        await using var db = new NpgsqlConnection(Factory.ConnectionString);
        var geschiedenis = (await db.QueryAsync<string>(
            "select omschrijving from regie.plan_wijziging where plan_id = @plan and onderdeel = 'huishouden' order by versie", new { plan })).ToList();
        geschiedenis.Should().Equal("Huishouden gewijzigd: lid toegevoegd");
        (await db.ExecuteScalarAsync<int>("select versie from regie.plan where id = @plan", new { plan })).Should().Be(2, "the change is a new plan version");

        var leeg = await PutAlsAsync(regisseur, huishouden, toegevoegd.Headers.ETag!.Tag);
        leeg.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await JsonAsync(leeg)).GetProperty("detail").GetString().Should().Contain("ten minste één lid");

        var elders = await MaakAsync(Lid(partner, "ouder", true));
        (await OverzichtAsync(partner)).GetProperty("plan").ValueKind.Should().Be(JsonValueKind.Null, "who moved out no longer sees the plan");
        (await OverzichtAsync(inwoner)).GetProperty("plan").GetProperty("id").GetGuid().Should().Be(plan);
        var na = await JsonAsync(await regisseur.GetAsync($"/api/v1/huishoudens/{huishouden}"));
        na.GetProperty("voormaligeLeden").EnumerateArray().Select(l => l.GetProperty("inwonerId").GetGuid()).Should().Equal(partner);
        (await db.QueryAsync<string>("select omschrijving from regie.plan_wijziging where plan_id = @plan and onderdeel = 'huishouden' order by versie", new { plan }))
            .Should().Equal("Huishouden gewijzigd: lid toegevoegd", "Huishouden gewijzigd: lid naar een ander huishouden verhuisd");

        var laatste = await Client.PostAsJsonAsync("/api/v1/huishoudens", new { leden = new[] { Lid(inwoner, "ouder", true) } });
        laatste.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "the last member of a household with a plan stays");
        (await OverzichtAsync(inwoner)).GetProperty("plan").GetProperty("id").GetGuid().Should().Be(plan);
        elders.Should().NotBe(huishouden);
    }

    [Fact]
    public async Task Samengevoegde_inwoners_houden_een_huishouden_en_het_andere_lidmaatschap_eindigt()
    {
        var behouden = await Route.InwonerAsync("Fenna", "Samenvoeg");
        var dubbel = await Route.InwonerAsync("Fenna", "Samenvoeg-Dubbel");
        var kind = await Route.InwonerAsync("Gijs", "Samenvoeg");
        var eigen = await MaakAsync(Lid(behouden, "ouder", true));
        var ander = await MaakAsync(Lid(dubbel, "ouder", true), Lid(kind, "kind"));
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var (_, verzoek) = await new RegieRoute(Client, teamleider).GevraagdAsync("Samenvoeg-Dubbel", dubbel);

        var samengevoegd = await Client.PostAsJsonAsync($"/api/v1/inwoners/{behouden}/samenvoeging", new { samenTeVoegenInwonerId = dubbel });
        samengevoegd.StatusCode.Should().Be(HttpStatusCode.OK, await samengevoegd.Content.ReadAsStringAsync());

        var klok = Stopwatch.StartNew();
        JsonElement anderNu;
        do
        {
            await Task.Delay(50);
            anderNu = await JsonAsync(await Client.GetAsync($"/api/v1/huishoudens/{ander}"));
        }
        while (anderNu.GetProperty("leden").GetArrayLength() > 1 && klok.Elapsed < TimeSpan.FromSeconds(30));

        anderNu.GetProperty("leden").EnumerateArray().Select(l => l.GetProperty("inwonerId").GetGuid()).Should().Equal(kind);
        anderNu.GetProperty("voormaligeLeden").EnumerateArray().Select(l => l.GetProperty("inwonerId").GetGuid())
            .Should().Equal([behouden], "the ended membership is kept, under the kept inwoner");
        var eigenNu = await JsonAsync(await Client.GetAsync($"/api/v1/huishoudens/{eigen}"));
        eigenNu.GetProperty("leden").EnumerateArray().Single().GetProperty("inwonerId").GetGuid().Should().Be(behouden, "the kept one keeps his household");
        await using var db = new NpgsqlConnection(Factory.ConnectionString);
        (await db.ExecuteScalarAsync<int>("select count(*)::int from regie.huishouden_lid where inwoner_id = @dubbel", new { dubbel })).Should().Be(0);
        (await db.ExecuteScalarAsync<Guid>("select inwoner_id from regie.regieverzoek where id = @verzoek", new { verzoek })).Should().Be(behouden);
    }

    [Fact]
    public async Task Samengevoegd_in_hetzelfde_huishouden_blijft_een_lid_over_dat_contactpersoon_wordt()
    {
        var behouden = await Route.InwonerAsync("Hidde", "Eenhuis");
        var dubbel = await Route.InwonerAsync("Hidde", "Eenhuis-Dubbel");
        var huishouden = await MaakAsync(Lid(dubbel, "ouder", true), Lid(behouden, "overig"));

        (await Client.PostAsJsonAsync($"/api/v1/inwoners/{behouden}/samenvoeging", new { samenTeVoegenInwonerId = dubbel }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var klok = Stopwatch.StartNew();
        JsonElement nu;
        do
        {
            await Task.Delay(50);
            nu = await JsonAsync(await Client.GetAsync($"/api/v1/huishoudens/{huishouden}"));
        }
        while (nu.GetProperty("leden").GetArrayLength() > 1 && klok.Elapsed < TimeSpan.FromSeconds(30));

        var lid = nu.GetProperty("leden").EnumerateArray().Single();
        lid.GetProperty("inwonerId").GetGuid().Should().Be(behouden);
        lid.GetProperty("contactpersoon").GetBoolean().Should().BeTrue("the merged one was the contact person, and he is the kept one");
        nu.GetProperty("voormaligeLeden").GetArrayLength().Should().Be(1);
    }

    private static object Lid(Guid inwonerId, string relatie, bool contactpersoon = false) => new { inwonerId, relatie, contactpersoon };

    private async Task<(Guid Huishouden, Guid Ouder, Guid Kind)> HuishoudenVanTweeAsync(string achternaam)
    {
        var ouder = await Route.InwonerAsync("Hanna", achternaam);
        var kind = await Route.InwonerAsync("Ids", achternaam);
        return (await MaakAsync(Lid(ouder, "ouder", true), Lid(kind, "kind")), ouder, kind);
    }

    private async Task<Guid> MaakAsync(params object[] leden)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/huishoudens", new { leden });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> PutAsync(Guid huishouden, string versie, params object[] leden) => PutAlsAsync(Client, huishouden, versie, leden);

    private static async Task<HttpResponseMessage> PutAlsAsync(HttpClient client, Guid huishouden, string versie, params object[] leden)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/huishoudens/{huishouden}/leden") { Content = JsonContent.Create(new { leden }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(versie));
        return await client.SendAsync(request);
    }

    private async Task<JsonElement> OverzichtAsync(Guid inwoner) =>
        await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht"));
}
