using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The ondersteuningsplan through the API as its people use it (signed in): the regisseur adds doelen and acties,
/// vakspecialisten of the teams in the plan read and contribute, each seeing what its visibility lets him ("dat, niet
/// wat"); two edits of one actie on the same version keep the first and refuse the second naming who changed what; bad
/// input is a Dutch message per field and writes nothing.
/// </summary>
public sealed class PlanApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private static string Datum(int dagen) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(dagen)).ToString("yyyy-MM-dd");

    private async Task<(HttpClient Regisseur, Guid Plan, Guid Inwoner)> PlanAsync(string achternaam)
    {
        var naam = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        var regisseur = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(naam, Rollen.Regisseur));
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var (inwoner, plan, _) = await new RegieRoute(Client, teamleider).PlanAsync(achternaam, naam);
        return (regisseur, plan, inwoner);
    }

    private static async Task<(JsonElement Plan, string ETag)> LeesAsync(HttpClient client, Guid plan)
    {
        var response = await client.GetAsync($"/api/v1/plannen/{plan}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response), response.Headers.ETag!.ToString());
    }

    private static async Task<HttpResponseMessage> StuurAsync(HttpClient client, HttpMethod methode, string pad, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(methode, pad) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<Guid> VoegToeAsync(HttpClient client, Guid plan, string soort, object body)
    {
        var (_, etag) = await LeesAsync(client, plan);
        var response = await StuurAsync(client, HttpMethod.Post, $"/api/v1/plannen/{plan}/{soort}", body, etag);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private static object TeamActie(string omschrijving, string team, string zichtbaarheid) => new
    {
        omschrijving, verantwoordelijkeSoort = "team", verantwoordelijke = "Consulent", teamCode = team, telefoon = "033 247 11 11",
        deadline = Datum(14), zichtbaarheid,
    };

    [Fact]
    public async Task Dat_niet_wat_jeugd_ziet_de_beperkte_afspraken_van_werk_en_inkomen_niet_werk_en_inkomen_en_de_regisseur_wel()
    {
        var (regisseur, plan, inwoner) = await PlanAsync("Datnietwat");
        await VoegToeAsync(regisseur, plan, "doelen", new { leefgebied = "financien", omschrijving = "We willen rondkomen zonder nieuwe schulden." });
        await VoegToeAsync(regisseur, plan, "doelen",
            new { leefgebied = "werk-opleiding", omschrijving = "Geheim re-integratiedoel", zichtbaarheid = "beperkt", teamCode = "werk-inkomen" });
        await VoegToeAsync(regisseur, plan, "acties", TeamActie("Geheime afspraak over de uitkering", "werk-inkomen", "beperkt"));
        await VoegToeAsync(regisseur, plan, "acties", TeamActie("Gesprek met de school", "jeugd-onderwijs", "plan"));

        var jeugd = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Jeroen Jeugd", Rollen.Vakspecialist, "jeugd-onderwijs"));
        var werk = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Wilma Werk", Rollen.Vakspecialist, "werk-inkomen"));

        var (voorJeugd, _) = await LeesAsync(jeugd, plan);
        var tekst = voorJeugd.GetRawText();
        tekst.Should().NotContain("Geheim").And.NotContain("uitkering");
        voorJeugd.GetProperty("doelen").GetArrayLength().Should().Be(1);
        voorJeugd.GetProperty("acties").EnumerateArray().Select(a => a.GetProperty("omschrijving").GetString()).Should().Equal("Gesprek met de school");
        voorJeugd.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("code").GetString())
            .Should().Contain("werk-inkomen", "that Werk & Inkomen takes part is shown, what it does is not");
        voorJeugd.GetProperty("leden").EnumerateArray().Single().GetProperty("inwonerId").GetGuid().Should().Be(inwoner);

        var (voorWerk, _) = await LeesAsync(werk, plan);
        voorWerk.GetRawText().Should().Contain("Geheim re-integratiedoel").And.Contain("Geheime afspraak over de uitkering");

        var (voorRegisseur, _) = await LeesAsync(regisseur, plan);
        voorRegisseur.GetProperty("doelen").GetArrayLength().Should().Be(2);
        voorRegisseur.GetProperty("acties").GetArrayLength().Should().Be(2);
        voorRegisseur.GetProperty("rol").GetString().Should().Be("beheren");
        voorRegisseur.GetProperty("leden")[0].GetProperty("naam").GetString().Should().Contain("Datnietwat", "the regisseur reads the names from Intake");
        voorRegisseur.GetProperty("scores").EnumerateArray().Should().Contain(s => s.GetProperty("leefgebied").GetString() == "huisvesting" && s.GetProperty("startScore").GetInt32() == 1);
        voorRegisseur.GetProperty("geschiedenis").EnumerateArray().Select(w => w.GetProperty("omschrijving").GetString())
            .Should().Contain("Actie toegevoegd").And.NotContain(o => o!.Contains("Geheim"), "the history names the kind of change, never its content");
    }

    [Fact]
    public async Task Een_medewerker_zonder_deel_in_het_plan_krijgt_404_en_een_vakspecialist_wijzigt_alleen_zijn_eigen_team()
    {
        var (regisseur, plan, _) = await PlanAsync("Zonderdeel");
        var wmo = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Wim Wmo", Rollen.Vakspecialist, "wmo"));
        (await wmo.GetAsync($"/api/v1/plannen/{plan}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var loket = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Lars Loket", Rollen.Loketmedewerker));
        (await loket.GetAsync($"/api/v1/plannen/{plan}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetAsync($"/api/v1/plannen/{plan}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a municipal key has no part in a plan");

        var jeugd = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Jeroen Jeugd", Rollen.Vakspecialist, "jeugd-onderwijs"));
        var eigen = await VoegToeAsync(jeugd, plan, "acties", TeamActie("Afspraak met de mentor", "jeugd-onderwijs", "plan"));
        var (_, etag) = await LeesAsync(jeugd, plan);
        (await StuurAsync(jeugd, HttpMethod.Post, $"/api/v1/plannen/{plan}/acties", TeamActie("Voor een ander team", "werk-inkomen", "plan"), etag))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await StuurAsync(jeugd, HttpMethod.Post, $"/api/v1/plannen/{plan}/doelen", new { leefgebied = "financien", omschrijving = "x" }, etag))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "doelen are the regisseur's");
        await VoegToeAsync(jeugd, plan, "evaluaties", new { notitie = "De mentor is gesproken.", scores = new[] { new { leefgebied = "financien", score = 3 } } });
        (await StuurAsync(jeugd, HttpMethod.Patch, $"/api/v1/plannen/{plan}/acties/{eigen}", new { status = "bezig" }, "\"1\""))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var (gelezen, _) = await LeesAsync(regisseur, plan);
        gelezen.GetProperty("acties").EnumerateArray().Single().GetProperty("status").GetString().Should().Be("bezig");
        gelezen.GetProperty("evaluaties").EnumerateArray().Single().GetProperty("scores")[0].GetProperty("score").GetInt32().Should().Be(3);
        gelezen.GetProperty("geschiedenis").EnumerateArray().Should().Contain(w => w.GetProperty("door").GetString() == "Jeroen Jeugd");
    }

    [Fact]
    public async Task Twee_wijzigingen_van_een_actie_op_dezelfde_versie_de_tweede_krijgt_412_met_wie_wat_wijzigde_en_de_eerste_blijft()
    {
        var (regisseur, plan, _) = await PlanAsync("Tegelijk");
        var actie = await VoegToeAsync(regisseur, plan, "acties", TeamActie("Aanvraag bijzondere bijstand", "werk-inkomen", "plan"));
        var andere = await VoegToeAsync(regisseur, plan, "acties", TeamActie("Gesprek met school", "jeugd-onderwijs", "plan"));
        var werk = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Wilma Werk", Rollen.Vakspecialist, "werk-inkomen"));
        var (gezien, _) = await LeesAsync(werk, plan);
        var versie = gezien.GetProperty("acties").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == actie).GetProperty("versie").GetInt32();
        var ifMatch = $"\"{versie}\"";

        (await StuurAsync(werk, HttpMethod.Patch, $"/api/v1/plannen/{plan}/acties/{actie}", new { status = "gedaan" }, null))
            .StatusCode.Should().Be((HttpStatusCode)428);
        // A colleague's edit of another actie does not block this one.
        (await StuurAsync(regisseur, HttpMethod.Patch, $"/api/v1/plannen/{plan}/acties/{andere}", new { status = "bezig" }, "\"1\""))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var eerste = await StuurAsync(werk, HttpMethod.Patch, $"/api/v1/plannen/{plan}/acties/{actie}", new { status = "gedaan" }, ifMatch);
        eerste.StatusCode.Should().Be(HttpStatusCode.OK, await eerste.Content.ReadAsStringAsync());
        var tweede = await StuurAsync(regisseur, HttpMethod.Patch, $"/api/v1/plannen/{plan}/acties/{actie}", new { status = "vervallen" }, ifMatch);
        tweede.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var probleem = await JsonAsync(tweede);
        probleem.GetProperty("detail").GetString().Should().Contain("Wilma Werk").And.Contain("gedaan");
        probleem.GetProperty("wijzigingen").EnumerateArray().Single().GetProperty("door").GetString().Should().Be("Wilma Werk");
        probleem.GetProperty("versie").GetInt32().Should().Be(versie + 1);

        var (na, _) = await LeesAsync(regisseur, plan);
        na.GetProperty("acties").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == actie).GetProperty("status").GetString().Should().Be("gedaan");
        na.GetProperty("geschiedenis").EnumerateArray().Where(w => w.GetProperty("onderdeelId").ValueKind == JsonValueKind.String
                && w.GetProperty("onderdeelId").GetGuid() == actie && w.GetProperty("omschrijving").GetString()!.StartsWith("Actie: status", StringComparison.Ordinal))
            .Select(w => w.GetProperty("door").GetString()).Should().Equal("Wilma Werk");
    }

    [Fact]
    public async Task Ongeldige_invoer_geeft_400_met_een_nederlandse_melding_per_veld_en_schrijft_niets()
    {
        var (regisseur, plan, _) = await PlanAsync("Ongeldig");
        var (voor, etag) = await LeesAsync(regisseur, plan);

        var actie = await StuurAsync(regisseur, HttpMethod.Post, $"/api/v1/plannen/{plan}/acties",
            new { omschrijving = "Dagbesteding", verantwoordelijkeSoort = "zorgaanbieder", verantwoordelijke = "Zorg BV", deadline = Datum(-3) }, etag);
        actie.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var fouten = (await JsonAsync(actie)).GetProperty("errors");
        fouten.GetProperty("deadline")[0].GetString().Should().Contain("verleden");
        fouten.GetProperty("organisatie")[0].GetString().Should().Contain("organisatie");
        fouten.GetProperty("afspraakInhoud")[0].GetString().Should().Contain("afgesproken");
        fouten.GetProperty("afspraakKosten")[0].GetString().Should().Contain("kosten");
        fouten.GetProperty("telefoon")[0].GetString().Should().Contain("telefoonnummer");

        var doel = await StuurAsync(regisseur, HttpMethod.Post, $"/api/v1/plannen/{plan}/doelen", new { leefgebied = "bestaat-niet", omschrijving = "" }, etag);
        doel.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var doelFouten = (await JsonAsync(doel)).GetProperty("errors");
        doelFouten.GetProperty("leefgebied")[0].GetString().Should().Be("Kies een leefgebied uit de lijst.");
        doelFouten.GetProperty("omschrijving")[0].GetString().Should().Contain("woorden van het huishouden");

        var evaluatie = await StuurAsync(regisseur, HttpMethod.Post, $"/api/v1/plannen/{plan}/evaluaties",
            new { notitie = "Goed gesprek", scores = new[] { new { leefgebied = "financien", score = 7 } } }, etag);
        evaluatie.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await evaluatie.Content.ReadAsStringAsync()).Should().Contain("1 tot en met 5");

        (await StuurAsync(regisseur, HttpMethod.Post, $"/api/v1/plannen/{plan}/akkoord", new { op = Datum(0), wijze = "mondeling" }, null))
            .StatusCode.Should().Be((HttpStatusCode)428);

        var (na, etagNa) = await LeesAsync(regisseur, plan);
        etagNa.Should().Be(etag, "nothing was written");
        na.GetProperty("acties").GetArrayLength().Should().Be(0);
        na.GetProperty("doelen").GetArrayLength().Should().Be(0);
        na.GetProperty("evaluaties").GetArrayLength().Should().Be(0);
        na.GetProperty("geschiedenis").GetArrayLength().Should().Be(voor.GetProperty("geschiedenis").GetArrayLength());
    }

    [Fact]
    public async Task Het_akkoord_geldt_het_plan_zoals_het_lag_een_wijziging_sindsdien_is_412_en_daarna_is_toevoegen_op_de_oude_versie_ook_412()
    {
        var (regisseur, plan, _) = await PlanAsync("Akkoord");
        var (_, oud) = await LeesAsync(regisseur, plan);
        await VoegToeAsync(regisseur, plan, "doelen", new { leefgebied = "huisvesting", omschrijving = "Een eigen huis voor ons gezin." });

        var teLaat = await StuurAsync(regisseur, HttpMethod.Post, $"/api/v1/plannen/{plan}/akkoord", new { op = Datum(0), wijze = "schriftelijk" }, oud);
        teLaat.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await JsonAsync(teLaat)).GetProperty("detail").GetString().Should().Contain("Doel toegevoegd");

        var (_, nieuw) = await LeesAsync(regisseur, plan);
        (await StuurAsync(regisseur, HttpMethod.Post, $"/api/v1/plannen/{plan}/akkoord", new { op = Datum(0), wijze = "schriftelijk" }, nieuw))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var (gelezen, _) = await LeesAsync(regisseur, plan);
        gelezen.GetProperty("akkoord").GetProperty("wijze").GetString().Should().Be("schriftelijk");
        gelezen.GetProperty("akkoord").GetProperty("op").GetString().Should().Be(Datum(0));

        (await StuurAsync(regisseur, HttpMethod.Post, $"/api/v1/plannen/{plan}/doelen", new { leefgebied = "financien", omschrijving = "Rondkomen." }, nieuw))
            .StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "the plan as a whole changed since (the agreement)");
    }
}

/// <summary>A clock the test moves on by hand; it starts at the real time, so the route to a plan runs as ever.</summary>
public sealed class VerzetbareKlok : TimeProvider
{
    private TimeSpan verzet = TimeSpan.Zero;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + verzet;

    public void Verzet(TimeSpan tijd) => verzet += tijd;
}

/// <summary>The host with <see cref="VerzetbareKlok"/> as its TimeProvider.</summary>
public sealed class PlanKlokFactory : ApiFactory
{
    public VerzetbareKlok Klok { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Klok));
    }
}

/// <summary>An actie past its deadline is marked verlopen on the plan, by the injected clock; a done one is not.</summary>
public sealed class PlanVerlopenApiTests(PlanKlokFactory factory) : IClassFixture<PlanKlokFactory>
{
    [Fact]
    public async Task Een_open_actie_voorbij_haar_deadline_is_verlopen_en_een_gedane_niet()
    {
        var naam = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        var gebruikersnaam = await factory.MaakMedewerkerAsync(naam, Rollen.Regisseur);
        var api = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var (_, plan, _) = await new RegieRoute(api, api).PlanAsync("Verlopen", naam);
        var regisseur = await factory.IngelogdeClientAsync(gebruikersnaam);
        var morgen = DateOnly.FromDateTime(factory.Klok.GetUtcNow().UtcDateTime.AddDays(2)).ToString("yyyy-MM-dd");
        foreach (var omschrijving in new[] { "Brief naar de woningcorporatie", "Afspraak bij de huisarts" })
        {
            var etag = (await regisseur.GetAsync($"/api/v1/plannen/{plan}")).Headers.ETag!.ToString();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/acties")
            {
                Content = JsonContent.Create(new { omschrijving, verantwoordelijkeSoort = "inwoner", verantwoordelijke = "Moeder", deadline = morgen }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            (await regisseur.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var voor = await regisseur.GetFromJsonAsync<JsonElement>($"/api/v1/plannen/{plan}");
        voor.GetProperty("acties").EnumerateArray().Should().OnlyContain(a => !a.GetProperty("verlopen").GetBoolean());

        factory.Klok.Verzet(TimeSpan.FromDays(4));
        var later = await factory.IngelogdeClientAsync(gebruikersnaam);
        var gedaan = voor.GetProperty("acties")[1].GetProperty("id").GetGuid();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/plannen/{plan}/acties/{gedaan}") { Content = JsonContent.Create(new { status = "gedaan" }) };
        patch.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        (await later.SendAsync(patch)).StatusCode.Should().Be(HttpStatusCode.OK);

        var na = await later.GetFromJsonAsync<JsonElement>($"/api/v1/plannen/{plan}");
        na.GetProperty("acties").EnumerateArray().ToDictionary(a => a.GetProperty("omschrijving").GetString()!, a => a.GetProperty("verlopen").GetBoolean())
            .Should().BeEquivalentTo(new Dictionary<string, bool> { ["Brief naar de woningcorporatie"] = true, ["Afspraak bij de huisarts"] = false });
    }
}
