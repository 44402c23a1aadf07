using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>The host is killed with SIGKILL while integrators hand aanmeldingen on, and started again.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task Elke_bevestigde_doorzetting_komt_na_een_harde_crash_precies_eenmaal_in_vraagverheldering()
    {
        var database = await TestDatabases.CreateAsync();
        var sleutel = await SleutelAsync(database);
        var bevestigd = new ConcurrentBag<Guid>();

        var eerste = await HostProces.StartAsync(database);
        using (var stop = new CancellationTokenSource())
        {
            var integrators = Enumerable.Range(0, 4).Select(_ => IntegreerAsync(eerste, sleutel, bevestigd, stop.Token)).ToList();
            // Long enough for a cold process on a loaded 2-core machine to answer its first requests; the loop ends
            // as soon as ten are acknowledged.
            var tot = DateTime.UtcNow.AddSeconds(30);
            while (bevestigd.Count < 10 && DateTime.UtcNow < tot)
            {
                await Task.Delay(50);
            }

            // Mid-work: integrators are posting, the dispatcher is delivering.
            await eerste.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(integrators);
        }

        bevestigd.Should().NotBeEmpty("the integrators had work acknowledged before the crash");
        var voorDeCrash = bevestigd.Count;

        await using var tweede = await HostProces.StartAsync(database);
        // Until a few more are acknowledged: a fresh process on a busy machine may need seconds for its first request.
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            var werk = IntegreerAsync(tweede, sleutel, bevestigd, stop.Token);
            while (bevestigd.Count < voorDeCrash + 5 && !stop.IsCancellationRequested && !werk.IsCompleted)
            {
                await Task.Delay(50);
            }

            await stop.CancelAsync();
            await werk;
        }

        bevestigd.Count.Should().BeGreaterThan(voorDeCrash, "the restarted host takes work again");
        var ids = bevestigd.ToArray();
        await using var connection = new NpgsqlConnection(database);
        var wachtTot = DateTime.UtcNow.AddSeconds(20);
        long aangekomen;
        while ((aangekomen = await connection.ExecuteScalarAsync<long>(
            "select count(distinct aanmelding_id) from vraagverheldering.vraagverheldering where aanmelding_id = any(@ids)", new { ids })) < ids.Length
            && DateTime.UtcNow < wachtTot)
        {
            await Task.Delay(200);
        }

        aangekomen.Should().Be(ids.Length, "every acknowledged doorzetting reaches vraagverheldering");
        (await connection.ExecuteScalarAsync<long>(
            "select count(*) from vraagverheldering.vraagverheldering where aanmelding_id = any(@ids)", new { ids })).Should().Be(ids.Length);
        (await connection.ExecuteScalarAsync<long>(
            """
            select count(*) from (
                select i.event_id from vraagverheldering.inbox i
                join intake.outbox o on o.id = i.event_id
                where o.type like '%AanmeldingDoorgezet' and (o.payload->>'aanmeldingId')::uuid = any(@ids)
                group by i.event_id having count(*) <> 1) dubbel
            """,
            new { ids })).Should().Be(0, "each event was handled exactly once");
    }

    private static async Task IntegreerAsync(HostProces host, string sleutel, ConcurrentBag<Guid> bevestigd, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = host.Adres, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, sleutel);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var aangemaakt = await client.PostAsJsonAsync(
                    "/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "netwerk", vraag = "Mijn vader redt het niet meer", urgentie = "normaal" }, stop);
                aangemaakt.EnsureSuccessStatusCode();
                var id = (await aangemaakt.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("id").GetGuid();
                var doorgezet = await client.PostAsync($"/api/v1/aanmeldingen/{id}/doorzetting", null, stop);
                if (doorgezet.IsSuccessStatusCode)
                {
                    bevestigd.Add(id);
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // The host died under the request: not acknowledged, so nothing is promised for it.
                return;
            }
        }
    }

    private static async Task<string> SleutelAsync(string database)
    {
        await using var services = TestDatabases.Services(database);
        await using var scope = services.CreateAsyncScope();
        var (_, sleutel) = await scope.ServiceProvider.GetRequiredService<ApiSleutels>()
            .MaakAsync("Crash " + Guid.NewGuid(), [IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenBehandelen, IntakeRechten.AanmeldingenLezen], null);
        return sleutel;
    }
}
