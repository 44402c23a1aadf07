using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Nijkerk.SociaalDomein.Api.Tests.TweeHosts;

/// <summary>
/// Issue 16.6: two hosts on one database, as a municipality runs them behind a load balancer. Work comes in on both,
/// both dispatch the outbox and both run the term guard; what a user sees (the kerncijfers, the rows a handler made, an
/// overdracht's history) shows every event handled once by every receiver and every overdracht expired once. A session
/// made by one host is good on the other, and signing out ends it on both, a copied cookie too.
/// </summary>
public sealed partial class TweeHostsTests(HostPaar paar, ITestOutputHelper uitvoer) : IClassFixture<HostPaar>
{
    [Fact]
    public async Task Gebeurtenissen_van_beide_hosts_worden_door_elke_ontvanger_precies_eenmaal_verwerkt()
    {
        var loketA = await paar.A.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var loketB = await paar.B.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var regisseur = "Rik Regie " + Guid.NewGuid().ToString("N")[..4];
        await paar.A.MaakMedewerkerAsync(regisseur, Rollen.Regisseur);

        // Forty aanmeldingen at once, half on each host, while Monitoring's queue of Intake's events is held, as a lock
        // its dispatcher holds would: a backlog both hosts then go for at once (each every 50 ms, as a delivery is due).
        await using (var pauze = new NpgsqlConnection(paar.ConnectionString))
        {
            await pauze.OpenAsync();
            await pauze.ExecuteAsync("select pg_advisory_lock(hashtextextended(@IntakeTeller, 0))", new { IntakeTeller });
            await Task.WhenAll(Enumerable.Range(0, 40).Select(i => AanmeldingAsync(i % 2 == 0 ? loketA : loketB)));
            (await paar.TotAsync("select count(*) from intake.aflevering where handler = @Handler and status = 'wachtend'", 40, new { Handler = IntakeTeller[7..] }))
                .Should().Be(40, "Monitoring's deliveries were handed on and wait");
            await pauze.ExecuteAsync("select pg_advisory_unlock_all()");
        }

        (await paar.StilAsync()).Should().BeEmpty("both dispatchers finish the backlog");

        // Ten more, at once, on their way further: handed on (Vraagverheldering opens one, Monitoring counts it), five of
        // them on to two teams and a plan (Overdracht, Intake, Regie, Monitoring). Each route's next step goes to the other
        // host, as a load balancer may send it.
        var routes = new List<Task>();
        for (var i = 0; i < 5; i++)
        {
            var route = i % 2 == 0 ? new VraagRoute(loketA) : new VraagRoute(loketB);
            routes.Add(Task.Run(async () => await route.DoorgezetAsync(await route.InwonerAsync("Daan", "Door"), "Ik red het niet meer met de administratie")));
        }

        for (var i = 0; i < 5; i++)
        {
            var route = i % 2 == 0 ? new RegieRoute(loketA, loketB) : new RegieRoute(loketB, loketA);
            var achternaam = "Twee" + i;
            routes.Add(Task.Run(async () => await route.PlanAsync(achternaam, regisseur)));
        }

        await Task.WhenAll(routes);
        (await paar.StilAsync()).Should().BeEmpty("both dispatchers finish every delivery, none parked");

        // What beleid reads: every event counted once, though both hosts dispatched them.
        var kerncijfers = await KerncijfersAsync(loketB);
        Tekst(kerncijfers, "route", "aanmelding").Should().Be("50");
        Tabel(kerncijfers, "aanmeldingen-per-kanaal").GetProperty("totaal").GetProperty("tekst").GetString().Should().Be("50");
        Tekst(kerncijfers, "route", "vraagverheldering").Should().Be("10");
        Tekst(kerncijfers, "route", "overdracht").Should().Be("5", "five aanmeldingen went on to teams");
        Tekst(kerncijfers, "kastje-muur", "overdrachten").Should().Be("10", "two teams each");
        Tekst(kerncijfers, "route", "plan").Should().Be("5");

        // What the receiving handlers made, once each.
        (await paar.ScalarAsync<long>("select count(*) from vraagverheldering.vraagverheldering")).Should().Be(10);
        (await paar.ScalarAsync<long>("select count(*) from regie.regieverzoek where cardinality(teams) = 2")).Should().Be(5);
        (await paar.ScalarAsync<long>("select count(*) from intake.aanmelding_overdracht")).Should().Be(10);
        (await paar.ScalarAsync<long>("select count(*) from monitoring.vraag")).Should().Be(50);

        // Every delivery (event, handler) reached its handler: one inbox row for each, over every module (this test's
        // events and any other's in the class).
        var afleveringen = 0L;
        var inbox = 0L;
        foreach (var schema in paar.SchemasMetOutbox())
        {
            afleveringen += await paar.ScalarAsync<long>($"select count(*) from {schema}.aflevering");
            inbox += await paar.ScalarAsync<long>($"select count(*) from {schema}.inbox");
        }

        afleveringen.Should().BeGreaterThan(100);
        inbox.Should().Be(afleveringen, "each delivery wrote its handler's inbox row once");
    }

    [Fact]
    public async Task Een_sessie_van_de_ene_host_geldt_op_de_andere_en_uitloggen_op_de_een_beeindigt_haar_op_beide()
    {
        var naam = "Hanna Host " + Guid.NewGuid().ToString("N")[..4];
        var gebruiker = await paar.A.MaakMedewerkerAsync(naam, Rollen.Loketmedewerker);
        // One browser behind a load balancer: one cookie jar, requests to either host.
        var jar = new CookieContainer();
        var opA = paar.A.CreateDefaultClient(ApiFactory.Adres, new CookieContainerHandler(jar));
        var opB = paar.B.CreateDefaultClient(ApiFactory.Adres, new CookieContainerHandler(jar));

        // Signed in on A through the sign-in form, with its antiforgery token.
        var formulier = await opA.GetAsync("/inloggen");
        var ingelogd = await opA.PostAsync("/inloggen", new FormUrlEncodedContent(
            [new("Gebruikersnaam", gebruiker), new("Wachtwoord", ApiFactory.Wachtwoord), new("__RequestVerificationToken", await TokenAsync(formulier))]));
        ingelogd.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ingelogd.Headers.Location!.ToString().Should().NotContain("/inloggen");
        jar.GetCookies(ApiFactory.Adres)[Sessiecookie].Should().NotBeNull();

        // On B: a page, the banner's htmx poll and the API, all as her.
        var pagina = await opB.GetAsync("/");
        pagina.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await pagina.Content.ReadAsStringAsync();
        html.Should().Contain(naam, "B knows who signed in on A");
        var peiling = new HttpRequestMessage(HttpMethod.Get, "/crisismeldingen");
        peiling.Headers.Add("HX-Request", "true");
        (await opB.SendAsync(peiling)).StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.NoContent);
        (await opB.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Because both read the one key ring in the database, not one of their own.
        var sleutels = (await paar.QueryAsync<string>("select xml from toegang.data_protection_sleutel"))
            .Select(XElement.Parse).Where(x => x.Name == "key").Select(x => Guid.Parse(x.Attribute("id")!.Value)).ToList();
        sleutels.Should().NotBeEmpty();
        paar.A.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Should().BeEquivalentTo(sleutels);
        paar.B.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Should().BeEquivalentTo(sleutels);

        // Signed out on A with the form B's page gave her (B's antiforgery token is good on A too).
        var uitgelogd = await opA.PostAsync("/uitloggen", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(html))]));
        uitgelogd.StatusCode.Should().Be(HttpStatusCode.Redirect);
        uitgelogd.Headers.Location!.ToString().Should().Contain("/inloggen?uitgelogd=true");
        jar.GetCookies(ApiFactory.Adres)[Sessiecookie].Should().BeNull("signing out removes the session cookie from the browser");

        // And B no longer lets her in.
        var daarna = await opB.GetAsync("/");
        daarna.StatusCode.Should().Be(HttpStatusCode.Redirect);
        daarna.Headers.Location!.ToString().Should().Contain("/inloggen");
        (await opB.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Na_uitloggen_op_de_ene_host_weigert_de_andere_een_gekopieerde_sessiecookie()
    {
        var browser = new Sessiebrowser(paar.A);
        await browser.InloggenAsync(await paar.A.MaakMedewerkerAsync("Kees Kopie " + Guid.NewGuid().ToString("N")[..4], Rollen.Loketmedewerker));
        var kopie = browser.Sessie!;
        // B has the account in its memory now: what it must forget is what it holds, not what it never read.
        (await Sessiebrowser.MetCookieAsync(paar.B, kopie, "/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);

        await browser.UitloggenAsync();

        // B hears it from the database's notification. Polled with a generous bound that is still well under the 30 s
        // B may hold the account (Toegang:GeheugenSeconden), so only the notification passes it; the time is reported.
        var klok = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = (await Sessiebrowser.MetCookieAsync(paar.B, kopie, "/api/v1/aanmeldingen")).StatusCode) == HttpStatusCode.OK
            && klok.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        uitvoer.WriteLine($"Host B weigerde de gekopieerde cookie na {klok.ElapsedMilliseconds} ms.");
        status.Should().Be(HttpStatusCode.Unauthorized, "signing out on A ends the session on B too");
        var pagina = await Sessiebrowser.MetCookieAsync(paar.B, kopie, "/");
        pagina.StatusCode.Should().Be(HttpStatusCode.Redirect);
        pagina.Headers.Location!.ToString().Should().Contain("/inloggen");
    }

    [Fact]
    public async Task Een_overdracht_over_haar_termijn_verloopt_eenmaal_terwijl_beide_hosts_de_termijn_bewaken()
    {
        // More than one round of the guard holds (VerloopOverdrachten.Partij, 200), so both hosts find work at once.
        const int aantal = 250;
        var ids = Enumerable.Range(0, aantal).Select(_ => Guid.CreateVersion7()).ToArray();
        var loket = await paar.B.ClientMetSleutelAsync(ApiFactory.AlleScopes);

        // Offered a month ago and past their term an hour ago, all in one statement: both guards (every second) find them.
        await paar.ExecuteAsync(
            """
            insert into overdracht.overdracht (id, aanmelding_id, inwoner_id, inwoner_naam, team_code, expertises, samenvatting, status,
                                               aangeboden_op, verloopt_op)
            select id, gen_random_uuid(), gen_random_uuid(), 'Test Inwoner', 'wmo', array['wmo-2015'], 'Hulp bij het huishouden', 'aangeboden',
                   now() - interval '30 days', now() - interval '1 hour'
            from unnest(@ids) as id
            """,
            new { ids });

        var verlopen = await paar.TotAsync("select count(*) from overdracht.overdracht where id = any(@ids) and status = 'verlopen'", aantal, new { ids });
        verlopen.Should().Be(aantal, "the term guards let every overdracht past its term expire");
        (await paar.StilAsync()).Should().BeEmpty();
        uitvoer.WriteLine($"Verlopen door host A: {Verlopen(paar.A)}, door host B: {Verlopen(paar.B)}");

        // Once each: one step in its history, one OverdrachtVerlopen, and what the receivers made of that one event.
        (await paar.ScalarAsync<long>("select count(*) from overdracht.overdracht_stap where overdracht_id = any(@ids) and soort = 'verlopen'", new { ids }))
            .Should().Be(aantal, "one 'verlopen' step per overdracht, not one per host");
        (await paar.ScalarAsync<long>(
                "select count(*) from overdracht.outbox where type like '%OverdrachtVerlopen' and (payload->>'overdrachtId')::uuid = any(@ids)", new { ids }))
            .Should().Be(aantal, "one OverdrachtVerlopen per overdracht");
        (await paar.ScalarAsync<long>("select count(*) from intake.aanmelding_overdracht where overdracht_id = any(@ids) and verlopen_op is not null", new { ids }))
            .Should().Be(aantal, "the loket sees each one as verlopen");
        Tekst(await KerncijfersAsync(loket), "kastje-muur", "verlopen").Should().Be(aantal.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "beleid counts each expired overdracht once");

        // An overdracht's history as the team sees it: expired once.
        foreach (var id in ids.Take(5))
        {
            var detail = await loket.GetFromJsonAsync<JsonElement>($"/api/v1/overdrachten/{id}");
            detail.GetProperty("status").GetString().Should().Be("verlopen");
            detail.GetProperty("stappen").EnumerateArray().Count(s => s.GetProperty("soort").GetString() == "verlopen").Should().Be(1);
        }
    }

    [Fact]
    public async Task De_bewaring_stelt_een_vernietigingslijst_eenmaal_op_en_voert_haar_eenmaal_uit_terwijl_beide_hosts_haar_draaien()
    {
        // A dossier whose only aanmelding closed three years ago: past the toegang term (2 years) on both hosts' clocks.
        var loket = await paar.A.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var persoon = await loket.PostAsJsonAsync("/api/v1/inwoners", new
        {
            voornamen = "Gerrit", achternaam = "Bewaard", geboortedatum = new DateOnly(1961, 4, 2), postcode = "3861 AB", huisnummer = 7, woonplaats = "Nijkerk",
        });
        persoon.StatusCode.Should().Be(HttpStatusCode.Created, await persoon.Content.ReadAsStringAsync());
        var inwoner = (await persoon.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var vraag = await loket.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "balie", bron = "inwoner-zelf", vraag = "Een vraag van lang geleden.", urgentie = "normaal", inwonerId = inwoner });
        vraag.StatusCode.Should().Be(HttpStatusCode.Created, await vraag.Content.ReadAsStringAsync());
        (await paar.StilAsync()).Should().BeEmpty();
        await paar.ExecuteAsync(
            "update intake.aanmelding set status = 'afgehandeld', afgehandeld_op = now() - interval '3 years' where inwoner_id = @inwoner", new { inwoner });

        // Both jobs run every second; one list is proposed, naming only this dossier.
        (await paar.TotAsync("select count(*) from bewaring.lijst_dossier where inwoner_id = @inwoner", 1, new { inwoner })).Should().Be(1);
        var lijsten = (await paar.QueryAsync<(Guid Id, int AantalDossiers)>("select id, aantal_dossiers from bewaring.vernietigingslijst")).ToList();
        lijsten.Should().ContainSingle("one list, though both hosts propose").Which.AantalDossiers.Should().Be(1);

        // Approved on host B; executed once, while both hosts keep running their rounds.
        var beheerder = await paar.B.IngelogdeClientAsync(await paar.B.MaakMedewerkerAsync("Bea Bewaring", Rollen.FunctioneelBeheerder));
        var goedgekeurd = await beheerder.PostAsJsonAsync($"/api/v1/vernietigingslijsten/{lijsten[0].Id}/beoordeling", new { goedkeuren = true });
        goedgekeurd.IsSuccessStatusCode.Should().BeTrue(await goedgekeurd.Content.ReadAsStringAsync());
        var klaar = DateTimeOffset.UtcNow;
        (await paar.TotAsync("select count(*) from bewaring.vernietigingslijst where status = 'uitgevoerd'", 1)).Should().Be(1);
        var verklaring = await VerklaringAsync();

        (await paar.ScalarAsync<long>("select count(*) from intake.inwoner where id = @inwoner", new { inwoner })).Should().Be(0, "the dossier is destroyed");
        (await paar.ScalarAsync<long>("select count(*) from bewaring.lijst_dossier")).Should().Be(0, "the ids are gone with it");
        verklaring.Should().Contain(("Intake", "inwoner", 1), "the verklaring counts the one inwoner once");

        // Each host runs at least one more round after it: no second list, no second execution, the verklaring unchanged.
        await RondeNaAsync(paar.A, klaar);
        await RondeNaAsync(paar.B, klaar);
        (await paar.ScalarAsync<long>("select count(*) from bewaring.vernietigingslijst")).Should().Be(1);
        (await VerklaringAsync()).Should().BeEquivalentTo(verklaring);
    }

    // What the executed list records per module and kind, as its verklaring in the API shows it.
    private async Task<List<(string Module, string Soort, long Verwijderd)>> VerklaringAsync()
    {
        using var beheerder = await paar.A.IngelogdeClientAsync(await paar.A.MaakMedewerkerAsync("Vera Verklaring " + Guid.NewGuid().ToString("N")[..6], Rollen.FunctioneelBeheerder));
        var lijst = (await beheerder.GetFromJsonAsync<JsonElement>("/api/v1/vernietigingslijsten")).EnumerateArray().Single();
        var detail = await beheerder.GetFromJsonAsync<JsonElement>($"/api/v1/vernietigingslijsten/{lijst.GetProperty("id").GetGuid()}");
        return [.. detail.GetProperty("uitvoering").EnumerateArray()
            .Select(u => (u.GetProperty("module").GetString()!, u.GetProperty("soort").GetString()!, u.GetProperty("verwijderd").GetInt64()))];
    }

    // Waits (at most a minute) until this host's retention job logs a round it ran after the given moment.
    private static async Task RondeNaAsync(HostPaar.Instantie host, DateTimeOffset na)
    {
        var klok = System.Diagnostics.Stopwatch.StartNew();
        var voor = host.Logs.Regels.Count(r => r.Contains("Bewaringsronde:", StringComparison.Ordinal));
        while (host.Logs.Regels.Count(r => r.Contains("Bewaringsronde:", StringComparison.Ordinal)) <= voor && klok.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(100);
        }

        host.Logs.Regels.Count(r => r.Contains("Bewaringsronde:", StringComparison.Ordinal)).Should().BeGreaterThan(voor, $"host ran a round after {na:O}");
    }

    private const string Sessiecookie = "nsd-sessie";

    // The advisory lock key of Monitoring's queue of Intake's events (OutboxDispatcher: sending schema, ':', handler class).
    private const string IntakeTeller = "intake:Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen.IntakeTeller";

    private static async Task AanmeldingAsync(HttpClient loket)
    {
        var antwoord = await loket.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "inwoner-zelf", vraag = "Ik heb een vraag over mijn toeslag.", urgentie = "normaal" });
        antwoord.StatusCode.Should().Be(HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
    }

    // How many overdrachten this host's term guard let expire, from its log lines ("{Aantal} overdracht(en) verlopen").
    private static int Verlopen(HostPaar.Instantie host) =>
        host.Logs.Regels.Select(r => Aantal().Match(r)).Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<JsonElement> KerncijfersAsync(HttpClient client)
    {
        var vandaag = NederlandseDag.Vandaag(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var antwoord = await client.GetAsync($"/api/v1/monitoring/kerncijfers?van={vandaag}&tot={vandaag}");
        antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;
    }

    private static JsonElement Tabel(JsonElement kerncijfers, string code) =>
        kerncijfers.GetProperty("tabellen").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    private static string Tekst(JsonElement kerncijfers, string tabel, string rij) =>
        Tabel(kerncijfers, tabel).GetProperty("rijen").EnumerateArray().Single(r => r.GetProperty("code").GetString() == rij)
            .GetProperty("waarde").GetProperty("tekst").GetString()!;

    private static async Task<string> TokenAsync(HttpResponseMessage pagina) => Token(await pagina.Content.ReadAsStringAsync());

    private static string Token(string html) => TokenVeld().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenVeld();

    [GeneratedRegex(@"Termijnbewaking event=\d+ (\d+) overdracht\(en\) verlopen")]
    private static partial Regex Aantal();
}
