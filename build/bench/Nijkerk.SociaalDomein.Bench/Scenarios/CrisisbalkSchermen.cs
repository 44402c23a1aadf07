using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>
/// The crisis banner on many open loket screens (issue 15): the host on Kestrel, one signed-in session holding N
/// server-sent-event streams (<c>/crisismeldingen?handler=stroom</c>) as N screens would. For N = 0 (the host alone),
/// 50 and 500 it counts, over an idle window and while crises come in, the database round trips of the host (Npgsql
/// commands, counted in the process) and PostgreSQL's transactions (pg_stat_database); and for each crisis POSTed
/// through the API, the time until each screen has it (p50/p95/p99 over all screens and crises). Then the same for
/// the old way, N screens polling <c>/crisismeldingen?stand=…</c> twice a second. Window lengths: NSD_BENCH_STIL
/// (seconds idle, default 20) and NSD_BENCH_CRISES (crises, one a second, default 10).
/// </summary>
internal static class CrisisbalkSchermen
{
    private static readonly int Stil = int.Parse(Environment.GetEnvironmentVariable("NSD_BENCH_STIL") ?? "20", CultureInfo.InvariantCulture);
    private static readonly int Crises = int.Parse(Environment.GetEnvironmentVariable("NSD_BENCH_CRISES") ?? "10", CultureInfo.InvariantCulture);

    private static long commandos;

    // What the host sent, by statement text, for the top of each window (NSD_BENCH_TOP=1).
    private static readonly ConcurrentDictionary<string, int> Teksten = new();
    private static readonly bool Top = Environment.GetEnvironmentVariable("NSD_BENCH_TOP") == "1";

    public static async Task RunAsync(ApiFactory host)
    {
        // Every command the host sends to PostgreSQL, counted where it is sent.
        using var luisteraar = new ActivityListener
        {
            ShouldListenTo = bron => bron.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => Top ? ActivitySamplingResult.AllData : ActivitySamplingResult.PropagationData,
            ActivityStarted = _ => Interlocked.Increment(ref commandos),
            ActivityStopped = a =>
            {
                if (Top)
                {
                    var tekst = (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement"))?.ToString() ?? a.DisplayName;
                    Teksten.AddOrUpdate(Regex.Replace(tekst, @"\s+", " ")[..Math.Min(tekst.Length, 90)], 1, (_, n) => n + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(luisteraar);

        host.UseKestrel(0);
        host.StartServer();
        var adres = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 10_000, AllowAutoRedirect = false, UseCookies = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        }) { BaseAddress = adres, Timeout = Timeout.InfiniteTimeSpan };
        var koekjes = await LogInAsync(http, await host.MaakGebruikerAsync(Rollen.Loketmedewerker));
        using var api = new HttpClient { BaseAddress = adres };
        api.DefaultRequestHeaders.Add("X-Api-Key", await host.MaakSleutelAsync([IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenBehandelen]));
        await using var database = new NpgsqlConnection(host.ConnectionString);
        await database.OpenAsync();

        Console.WriteLine($"Vensters: {Stil} s stil, {Crises} crises (één per seconde). Round trips = Npgsql-commando's van de host; xact = pg_stat_database.");
        foreach (var aantal in new[] { 0, 50, 500 })
        {
            await MeetStromenAsync(http, api, database, koekjes, aantal);
        }

        foreach (var aantal in new[] { 50 })
        {
            await MeetPollenAsync(http, api, database, koekjes, aantal);
        }
    }

    private static async Task MeetStromenAsync(HttpClient http, HttpClient api, NpgsqlConnection database, string koekjes, int aantal)
    {
        using var stop = new CancellationTokenSource();
        var schermen = Enumerable.Range(0, aantal).Select(_ => new Scherm()).ToArray();
        var lezers = schermen.Select(s => s.LeesAsync(http, koekjes, stop.Token)).ToArray();
        var klok = Stopwatch.StartNew();
        while (schermen.Any(s => !s.Verbonden) && klok.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        Console.WriteLine($"{aantal} stromen open in {klok.ElapsedMilliseconds} ms ({schermen.Count(s => s.Verbonden)} verbonden)");
        await Task.Delay(2000);

        var stil = await TelAsync(database, TimeSpan.FromSeconds(Stil), () => Task.CompletedTask);
        Console.WriteLine(Regel($"stromen N={aantal,3} stil  ", stil));

        var latenties = new ConcurrentBag<double>();
        var ids = new List<string>();
        var tijdensCrises = await TelAsync(database, TimeSpan.Zero, async () =>
        {
            for (var i = 0; i < Crises; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var id = await RegistreerCrisisAsync(api);
                ids.Add(id);
                var wacht = Stopwatch.StartNew();
                while (schermen.Any(s => !s.Ontvangen.ContainsKey(id)) && wacht.Elapsed < TimeSpan.FromSeconds(10))
                {
                    await Task.Delay(5);
                }

                foreach (var scherm in schermen)
                {
                    latenties.Add(scherm.Ontvangen.TryGetValue(id, out var t) ? Stopwatch.GetElapsedTime(start, t).TotalMilliseconds : double.PositiveInfinity);
                }

                await Task.Delay(TimeSpan.FromSeconds(1) - wacht.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
            }
        });
        Console.WriteLine(Regel($"stromen N={aantal,3} crises", tijdensCrises) + string.Create(CultureInfo.InvariantCulture,
            $" | per crisis {tijdensCrises.Commandos / (double)Crises:0.0} round trips"));
        if (aantal > 0)
        {
            var rij = latenties.Order().ToArray();
            double P(double p) => rij[Math.Min(rij.Length - 1, (int)Math.Ceiling(p * rij.Length) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  crisis-POST tot balk op elk scherm: n={rij.Length} p50={P(0.5):0} ms p95={P(0.95):0} ms p99={P(0.99):0} ms max={rij[^1]:0} ms" +
                $" (niet ontvangen: {rij.Count(double.IsInfinity)}); balk-berichten per scherm: {schermen.Average(s => s.Berichten):0.0}"));
        }

        await stop.CancelAsync();
        await Task.WhenAll(lezers);
        await NeemAllesAsync(api, ids);
    }

    private static async Task MeetPollenAsync(HttpClient http, HttpClient api, NpgsqlConnection database, string koekjes, int aantal)
    {
        using var stop = new CancellationTokenSource();
        var stand = "nog-niets";
        var pollers = Enumerable.Range(0, aantal).Select(async i =>
        {
            await Task.Delay(i * 500 / Math.Max(aantal, 1));
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"/crisismeldingen?stand={stand}");
                    request.Headers.Add("Cookie", koekjes);
                    using var response = await http.SendAsync(request, stop.Token);
                    await timer.WaitForNextTickAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }).ToArray();
        await Task.Delay(2000);
        var stil = await TelAsync(database, TimeSpan.FromSeconds(Stil), () => Task.CompletedTask);
        Console.WriteLine(Regel($"pollen  N={aantal,3} stil  ", stil) + " (de oude manier: elke 500 ms per scherm)");
        await stop.CancelAsync();
        await Task.WhenAll(pollers);
    }

    private sealed record Telling(double Seconden, long Commandos, long Xact);

    private static string Regel(string naam, Telling t) => string.Create(CultureInfo.InvariantCulture,
        $"{naam}: {t.Commandos / t.Seconden,7:0.0} round trips/s, {t.Xact / t.Seconden,7:0.0} xact/s over {t.Seconden:0} s");

    private static async Task<Telling> TelAsync(NpgsqlConnection database, TimeSpan duur, Func<Task> werk)
    {
        Teksten.Clear();
        var xact0 = await XactAsync(database);
        var c0 = Interlocked.Read(ref commandos);
        var klok = Stopwatch.StartNew();
        await werk();
        if (klok.Elapsed < duur)
        {
            await Task.Delay(duur - klok.Elapsed);
        }

        var c1 = Interlocked.Read(ref commandos);
        foreach (var (tekst, aantal) in Teksten.OrderByDescending(t => t.Value).Take(Top ? 8 : 0))
        {
            Console.WriteLine($"    {aantal,6} × {tekst}");
        }

        var seconden = klok.Elapsed.TotalSeconds;
        // PostgreSQL publishes a backend's counts when it goes idle, at most once a second: wait that out.
        await Task.Delay(1500);
        var xact1 = await XactAsync(database);
        return new Telling(seconden, c1 - c0, xact1 - xact0 - 1);
    }

    private static async Task<long> XactAsync(NpgsqlConnection database)
    {
        await database.ExecuteAsync("select pg_stat_clear_snapshot()");
        return await database.ExecuteScalarAsync<long>("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()");
    }

    private static async Task<string> RegistreerCrisisAsync(HttpClient api)
    {
        var response = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "netwerk", vraag = "Meting crisis", urgentie = "crisis" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    // The banner shows at most 20: the next round starts without the crises of this one.
    private static async Task NeemAllesAsync(HttpClient api, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            (await api.PostAsync($"/api/v1/aanmeldingen/{id}/behandelaar", null)).EnsureSuccessStatusCode().Dispose();
        }
    }

    private static async Task<string> LogInAsync(HttpClient http, string gebruikersnaam)
    {
        using var formulier = await http.GetAsync("/inloggen");
        var eerst = Koekjes(formulier);
        var token = Regex.Match(await formulier.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent([new("Gebruikersnaam", gebruikersnaam), new("Wachtwoord", ApiFactory.Wachtwoord), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", eerst);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Inloggen lukte niet: {(int)response.StatusCode}");
        }

        return eerst + "; " + Koekjes(response);
    }

    private static string Koekjes(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var waarden) ? waarden.Select(w => w.Split(';')[0]) : []);

    /// <summary>One open screen: an EventSource as the browser holds it, noting when each crisis arrived.</summary>
    private sealed class Scherm
    {
        public volatile bool Verbonden;

        public int Berichten;

        public ConcurrentDictionary<string, long> Ontvangen { get; } = new();

        public async Task LeesAsync(HttpClient http, string koekjes, CancellationToken stop)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/crisismeldingen?handler=stroom&stand=begin");
                request.Headers.Add("Cookie", koekjes);
                request.Headers.Add("Accept", "text/event-stream");
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
                response.EnsureSuccessStatusCode();
                using var lezer = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
                string? soort = null;
                var data = new System.Text.StringBuilder();
                while (await lezer.ReadLineAsync(stop) is { } regel)
                {
                    if (regel.Length == 0)
                    {
                        if (soort == "verbonden")
                        {
                            Verbonden = true;
                        }
                        else if (soort == "crisisbalk")
                        {
                            var nu = Stopwatch.GetTimestamp();
                            Interlocked.Increment(ref Berichten);
                            foreach (Match m in Regex.Matches(data.ToString(), "data-id=\"([0-9a-f-]{36})\""))
                            {
                                Ontvangen.TryAdd(m.Groups[1].Value, nu);
                            }
                        }

                        soort = null;
                        data.Clear();
                    }
                    else if (regel.StartsWith("event: ", StringComparison.Ordinal))
                    {
                        soort = regel[7..];
                    }
                    else if (regel.StartsWith("data: ", StringComparison.Ordinal))
                    {
                        data.Append(regel[6..]).Append('\n');
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
            {
                // Closed by the bench or the host.
            }
        }
    }
}
