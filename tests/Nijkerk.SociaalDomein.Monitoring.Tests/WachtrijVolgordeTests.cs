using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// The dispatcher keeps order only within one handler's queue (ADR 0012): Monitoring's four queues (Intake's events,
/// Vraagverheldering's, Overdracht's, Regie's) may run in any order after a pile-up, a paused queue, a redelivery or
/// with two hosts. Here all four are held while five questions go the route to a plan (doorgezet, verhelderd, offered
/// to two teams, one overdracht accepted, a regisseur), then released the wrong way round: Overdracht's queue first,
/// then Regie's, Vraagverheldering's, and Intake's, which counts the questions' arrival, last. What beleid reads must be
/// what the natural order gives, and that is what the rebuild gives: it replays the same history in time order.
/// Its own database (class fixture), so every count is this test's.
/// </summary>
public sealed class WachtrijVolgordeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Kern = "Nijkerk";
    private const int Vragen = 5;
    private const string Handlers = "Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen.";

    /// <summary>Monitoring's queues in the order they are released: the module furthest down the route first.</summary>
    private static readonly (string Schema, string Handler)[] Wachtrijen =
    [
        ("overdracht", Handlers + "OverdrachtTeller"),
        ("regie", Handlers + "RegieTeller"),
        ("vraagverheldering", Handlers + "WhenVraagverhelderingAfgerond"),
        ("intake", Handlers + "IntakeTeller"),
    ];

    [Fact]
    public async Task Wachtrijen_van_Monitoring_in_omgekeerde_volgorde_tellen_hetzelfde_als_in_de_natuurlijke()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var beleid = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var regisseurNaam = "Roos Regie " + Guid.NewGuid().ToString("N")[..4];
        await factory.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur);
        var wim = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wim Werk", Rollen.Vakspecialist, "werk-inkomen"));
        var route = new RegieRoute(loket, beleid);

        // A queue is held as its dispatcher holds it while working it: by its advisory lock (OutboxDispatcher: schema, ':',
        // handler). The events wait in their queues; every other module's handlers run as usual, so the route goes on.
        await using var pauze = new NpgsqlConnection(factory.ConnectionString);
        await pauze.OpenAsync();
        foreach (var (schema, handler) in Wachtrijen)
        {
            await pauze.ExecuteAsync("select pg_advisory_lock(hashtextextended(@Sleutel, 0))", new { Sleutel = schema + ":" + handler });
        }

        for (var i = 0; i < Vragen; i++)
        {
            await route.PlanAsync("Volgorde" + i, regisseurNaam);
        }

        // Werk & Inkomen accepts its overdracht of each question after the plan started: a second, later aanspreekpunt.
        foreach (var overdracht in await OverdrachtenAsync(loket, "werk-inkomen", Vragen))
        {
            var geaccepteerd = await wim.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = true });
            geaccepteerd.StatusCode.Should().Be(HttpStatusCode.Created, await geaccepteerd.Content.ReadAsStringAsync());
        }

        await WachtAsync(
            """
            select (select count(*) from intake.outbox where status <> 'gepubliceerd') + (select count(*) from vraagverheldering.outbox where status <> 'gepubliceerd')
                 + (select count(*) from overdracht.outbox where status <> 'gepubliceerd') + (select count(*) from regie.outbox where status <> 'gepubliceerd')
            """,
            "every event of the route is handed on");
        foreach (var (schema, handler) in Wachtrijen)
        {
            (await AantalAsync($"select count(*) from {schema}.aflevering where handler = @handler and status = 'wachtend'", new { handler }))
                .Should().BeGreaterThan(0, $"Monitoring's queue of {schema}'s events waits");
        }

        foreach (var (schema, handler) in Wachtrijen)
        {
            await pauze.ExecuteAsync("select pg_advisory_unlock(hashtextextended(@Sleutel, 0))", new { Sleutel = schema + ":" + handler });
            await pauze.ExecuteAsync($"select pg_notify('nsd_outbox_{schema}', '')");
            await WachtAsync($"select count(*) from {schema}.aflevering where handler = '{handler}' and status = 'wachtend'", $"{handler} works its queue");
        }

        (await AantalAsync("select count(*) from monitoring.inbox")).Should().BeGreaterThan(0);
        foreach (var (schema, handler) in Wachtrijen)
        {
            (await AantalAsync($"select count(*) from {schema}.aflevering where handler = @handler and status <> 'afgeleverd'", new { handler }))
                .Should().Be(0, $"{handler} counted every event without failing");
        }

        var vandaag = NederlandseDag.Vandaag(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var adres = $"/api/v1/monitoring/kerncijfers?van={vandaag}&tot={vandaag}";
        var kerncijfers = await KerncijfersAsync(beleid, adres);
        Tekst(kerncijfers, "route", "aanmelding").Should().Be("5");
        Tekst(kerncijfers, "route", "vraagverheldering").Should().Be("5");
        Tekst(kerncijfers, "route", "overdracht").Should().Be("5", "each question's first overdracht, though Overdracht's queue ran before its arrival was counted");
        Tekst(kerncijfers, "route", "plan").Should().Be("5");
        Tekst(kerncijfers, "kastje-muur", "overdrachten").Should().Be("10", "two teams each");
        Tekst(kerncijfers, "kastje-muur", "per-aanmelding").Should().StartWith("2");
        Tekst(kerncijfers, "kastje-muur", "geaccepteerd").Should().Be("5");
        Tekst(kerncijfers, "tijd-tot-aanspreekpunt", "aantal").Should().Be("5", "one first aanspreekpunt per question, the regisseur or the team");

        // Every count under the questions' own dimensions, none under "onbekend": the kern's kerncijfers are the same.
        var inKern = await KerncijfersAsync(beleid, $"{adres}&kern={Kern}");
        foreach (var tabel in new[] { "route", "kastje-muur", "tijd-tot-aanspreekpunt", "plannen" })
        {
            Tabel(inKern, tabel).GetProperty("rijen").GetRawText().Should().Be(Tabel(kerncijfers, tabel).GetProperty("rijen").GetRawText(), tabel);
        }

        (await AantalAsync("select count(*) from monitoring.dagcijfer where 'onbekend' in (kern, kanaal, bron, levensfase)")).Should().Be(0);

        // The first aanspreekpunt is the earliest (the regisseur), though the acceptance after it was handled first. The cube
        // keeps days and whole hours, too coarse to tell those apart in a test of a minute; the question's row keeps the moment.
        (await AantalAsync("select count(*) from monitoring.vraag v join monitoring.plan p on p.vraag = v.sleutel where v.aanspreekpunt_op = p.gestart_op"))
            .Should().Be(Vragen, "the plan's start counts as the first aanspreekpunt, not the later acceptance Overdracht's queue brought first");

        // The natural order: the rebuild replays the four histories by the time each event happened.
        var beheerder = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Bea Beheer", Rollen.FunctioneelBeheerder));
        var herbouw = await beheerder.PostAsync("/api/v1/monitoring/herbouw", null);
        herbouw.StatusCode.Should().Be(HttpStatusCode.OK, await herbouw.Content.ReadAsStringAsync());
        var natuurlijk = await KerncijfersAsync(beleid, adres);
        natuurlijk.GetProperty("tabellen").GetRawText().Should().Be(kerncijfers.GetProperty("tabellen").GetRawText());
    }

    /// <summary>The overdrachten offered to the team, once the events made all of them.</summary>
    private static async Task<IReadOnlyList<Guid>> OverdrachtenAsync(HttpClient loket, string team, int aantal)
    {
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lijst = await loket.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100");
            var van = lijst.GetProperty("resultaten").EnumerateArray().Where(o => o.GetProperty("teamCode").GetString() == team).ToList();
            if (van.Count >= aantal)
            {
                return [.. van.Select(o => o.GetProperty("id").GetGuid())];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Er werden geen {aantal} overdrachten aan {team} aangeboden.");
    }

    private async Task WachtAsync(string sql, string waarom)
    {
        var klok = Stopwatch.StartNew();
        while (await AantalAsync(sql) > 0)
        {
            klok.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), waarom);
            await Task.Delay(100);
        }
    }

    private async Task<long> AantalAsync(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private static async Task<JsonElement> KerncijfersAsync(HttpClient beleid, string adres)
    {
        var antwoord = await beleid.GetAsync(adres);
        antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;
    }

    private static JsonElement Tabel(JsonElement kerncijfers, string code) =>
        kerncijfers.GetProperty("tabellen").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    private static string Tekst(JsonElement kerncijfers, string tabel, string rij) =>
        Tabel(kerncijfers, tabel).GetProperty("rijen").EnumerateArray().Single(r => r.GetProperty("code").GetString() == rij)
            .GetProperty("waarde").GetProperty("tekst").GetString()!;
}
