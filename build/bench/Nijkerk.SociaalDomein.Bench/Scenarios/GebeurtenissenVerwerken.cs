using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>
/// Events at volume through the real outbox dispatcher of the host: Intake's <see cref="AanmeldingAfgehandeld"/>, of
/// questions Monitoring knows (their rows made as their arrival makes them, with varied kern, kanaal, bron and
/// levensfase), one or two leefgebieden each and half of them pointing to a voorziening, received by two modules with
/// their real handlers (Monitoring's IntakeTeller books it in the cube, the sociale kaart's WhenAanmeldingAfgehandeld
/// records the verwijzing) inside their inboxes. The events are committed into intake.outbox as a command does (the row
/// and a pg_notify in one transaction). Reported: events/s from the first commit to the last delivery, and the lag per
/// event from its commit to the later of its two deliveries (the dispatcher's delivered_at, taken after the handler's
/// commit), at full speed (batches of 100 per commit, as fast as they go) and at a steady 500 events/s (one event per
/// commit). Side by side, a bare loop calling the same real handlers per event (the inbox row and the handler's work, one
/// transaction each) without the dispatcher, one loop per receiving module: what the dispatcher did before it handed a
/// handler its waiting events as one run (ADR 0024).
/// </summary>
internal static class GebeurtenissenVerwerken
{

    private static int Getal(string naam, int standaard) =>
        int.TryParse(Environment.GetEnvironmentVariable(naam), out var waarde) ? waarde : standaard;

    public static async Task RunAsync(ApiFactory host)
    {
        var aantal = Getal("NSD_BENCH_GEBEURTENISSEN", 100_000);
        var gestaag = Getal("NSD_BENCH_GEBEURTENISSEN_GESTAAG", 15_000);
        var kaal = Getal("NSD_BENCH_GEBEURTENISSEN_KAAL", 20_000);
        var voorziening = Guid.CreateVersion7();
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            var organisatie = Guid.CreateVersion7();
            await connection.ExecuteAsync(
                """
                insert into sociale_kaart.organisatie (id, naam, laatst_gecontroleerd) values (@organisatie, 'Bench', current_date);
                insert into sociale_kaart.voorziening (id, organisatie_id, naam, kosteloos, soort, laatst_gecontroleerd)
                values (@voorziening, @organisatie, 'Bench', true, 'algemene-voorziening', current_date);
                """,
                new { organisatie, voorziening });
        }

        var vragen = await VragenAsync(host, 10_000);

        // Starts the host, and with it the outbox dispatcher.
        var ontvangers = host.Services.GetRequiredService<Ontvangers>().NamenVan(typeof(AanmeldingAfgehandeld));
        Console.WriteLine($"Ontvangers van {nameof(AanmeldingAfgehandeld)}: {string.Join(", ", ontvangers)}");

        // The bare loop before and after the dispatcher at full speed: on a shared machine the load changes, so the ratio
        // is taken against the mean of the two.
        var kaalVoor = kaal > 0 ? await KaalAsync(host, ontvangers, kaal, vragen, voorziening, "voor") : double.NaN;
        var volle = aantal > 0
            ? await DoorDeDispatcherAsync(host.ConnectionString, "Volle snelheid", aantal, perTransactie: 100, perSeconde: null, vragen, voorziening)
            : double.NaN;
        var kaalNa = kaal > 0 ? await KaalAsync(host, ontvangers, kaal, vragen, voorziening, "na") : double.NaN;
        if (kaal > 0 && aantal > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Verhouding dispatcher / kaal: {volle / ((kaalVoor + kaalNa) / 2):0.00}x"));
        }

        if (gestaag > 0)
        {
            await DoorDeDispatcherAsync(host.ConnectionString, "Gestaag 500/s", gestaag, perTransactie: 1, perSeconde: 500, vragen, voorziening);
        }
    }

    private static readonly string[] Leefgebieden =
        ["financien", "huisvesting", "sociaal-netwerk", "werk-opleiding", "lichamelijke-gezondheid", "psychische-gezondheid", "dagbesteding", "huiselijke-relaties"];

    private static AanmeldingAfgehandeld Afhandeling(Guid id, Guid[] vragen, Guid voorziening)
    {
        var leefgebied = Random.Shared.Next(Leefgebieden.Length);
        return new AanmeldingAfgehandeld(
            id, DateTimeOffset.UtcNow, vragen[Random.Shared.Next(vragen.Length)], null, Random.Shared.Next(2) == 0 ? [voorziening] : [],
            Random.Shared.Next(2) == 0 ? [Leefgebieden[leefgebied]] : [Leefgebieden[leefgebied], Leefgebieden[(leefgebied + 1) % Leefgebieden.Length]]);
    }

    private static string Gebeurtenis(Guid id, Guid[] vragen, Guid voorziening) => JsonSerializer.Serialize(Afhandeling(id, vragen, voorziening), EventTypes.Json);

    /// <summary>
    /// Questions Monitoring knows, as their arrival leaves them: a row in monitoring.vraag under the aanmelding's pseudonym.
    /// Written here rather than through Intake, so that only the afhandelingen go through the dispatcher; the pseudonym is
    /// Monitoring's (HMAC-SHA256 of the id under the configured key), computed here because that class is the module's own.
    /// </summary>
    private static async Task<Guid[]> VragenAsync(ApiFactory host, int aantal)
    {
        var sleutel = Convert.FromBase64String(host.Services.GetRequiredService<IConfiguration>()["Monitoring:Pseudoniemsleutel"]!);
        var ids = Enumerable.Range(0, aantal).Select(_ => Guid.CreateVersion7()).ToArray();
        string Een(string[] keuzes) => keuzes[Random.Shared.Next(keuzes.Length)];
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.ExecuteAsync(
            """
            insert into monitoring.vraag (sleutel, dag, eerste_contact, kern, kanaal, bron, levensfase)
            select s, current_date, now(), k, ka, b, l from unnest(@sleutels, @kernen, @kanalen, @bronnen, @levensfasen) as v(s, k, ka, b, l)
            """,
            new
            {
                sleutels = ids.Select(id => HMACSHA256.HashData(sleutel, id.ToByteArray())).ToArray(),
                kernen = ids.Select(_ => Een(["Nijkerk", "Hoevelaken", "Nijkerkerveen", "onbekend"])).ToArray(),
                kanalen = ids.Select(_ => Een(["telefoon", "balie", "e-mail", "website", "huisbezoek"])).ToArray(),
                bronnen = ids.Select(_ => Een(["inwoner-zelf", "netwerk", "verwijzer"])).ToArray(),
                levensfasen = ids.Select(_ => Een(["0-17", "18-26", "27-66", "67+"])).ToArray(),
            });
        return ids;
    }

    /// <summary>Commits the events into intake.outbox (with a pg_notify per commit), then waits until both inboxes have them all.</summary>
    private static async Task<double> DoorDeDispatcherAsync(string connectionString, string naam, int aantal, int perTransactie, int? perSeconde, Guid[] vragen, Guid voorziening)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var type = EventTypes.NameOf(typeof(AanmeldingAfgehandeld));
        long? eerste = null;
        var laatste = Guid.Empty;
        var klok = Stopwatch.StartNew();
        for (var gedaan = 0; gedaan < aantal; gedaan += perTransactie)
        {
            if (perSeconde is { } tempo)
            {
                var wanneer = TimeSpan.FromSeconds((double)gedaan / tempo) - klok.Elapsed;
                if (wanneer > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wanneer);
                }
            }

            var ids = Enumerable.Range(0, Math.Min(perTransactie, aantal - gedaan)).Select(_ => Guid.CreateVersion7()).ToArray();
            await using var transaction = await connection.BeginTransactionAsync();
            var positie = await connection.ExecuteScalarAsync<long>(
                """
                insert into intake.outbox (id, type, payload, occurred_at, next_attempt_at)
                select id, @type, payload::jsonb, clock_timestamp(), now() from unnest(@ids, @payloads) with ordinality as e(id, payload, n) order by n
                returning position;
                select pg_notify('nsd_outbox_intake', '');
                """,
                new { type, ids, payloads = ids.Select(id => Gebeurtenis(id, vragen, voorziening)).ToArray() },
                transaction);
            await transaction.CommitAsync();
            eerste ??= positie;
            laatste = ids[^1];
        }

        var verzonden = klok.Elapsed;
        // Each handler's queue is worked in order: once the last event is delivered to both, the others are too.
        while (await connection.ExecuteScalarAsync<long>(
            "select count(*) from intake.aflevering where event_id = @laatste and status = 'afgeleverd'", new { laatste }) < 2)
        {
            if (await connection.ExecuteScalarAsync<long>("select count(*) from intake.aflevering where status = 'mislukt'") > 0)
            {
                throw new InvalidOperationException("Er is een aflevering geparkeerd; zie de log.");
            }

            await Task.Delay(50);
        }

        var r = await connection.QuerySingleAsync<(long Aantal, double Seconden, double P50, double P95, double P99, double Max)>(
            """
            with e as (
                select o.occurred_at as vastgelegd, max(a.delivered_at) as verwerkt
                from intake.outbox o
                join intake.aflevering a on a.event_id = o.id and a.status = 'afgeleverd'
                where o.position >= @eerste
                group by o.id, o.occurred_at
                having count(*) = 2)
            select count(*), extract(epoch from max(verwerkt) - min(vastgelegd))::float8,
                   1000 * percentile_cont(0.50) within group (order by extract(epoch from verwerkt - vastgelegd)),
                   1000 * percentile_cont(0.95) within group (order by extract(epoch from verwerkt - vastgelegd)),
                   1000 * percentile_cont(0.99) within group (order by extract(epoch from verwerkt - vastgelegd)),
                   1000 * extract(epoch from max(verwerkt - vastgelegd))::float8
            from e
            """,
            new { eerste },
            commandTimeout: 300);
        if (r.Aantal != aantal)
        {
            throw new InvalidOperationException($"{r.Aantal} van de {aantal} gebeurtenissen in beide inboxen.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{naam}: n={aantal} vastgelegd in {verzonden.TotalSeconds:0.0} s ({aantal / verzonden.TotalSeconds:0}/s), " +
            $"verwerkt {aantal / r.Seconden:0} gebeurtenissen/s van eerste commit tot laatste aflevering ({r.Seconden:0.0} s); " +
            $"vertraging p50={r.P50:0} ms p95={r.P95:0} ms p99={r.P99:0} ms max={r.Max:0} ms"));
        return aantal / r.Seconden;
    }

    /// <summary>
    /// The same writes without the dispatcher: per event and receiving module the module's real handler, called as the
    /// dispatcher calls it (<see cref="Ontvangers.Vind"/>, inside its inbox wrapper: one transaction with the inbox row and
    /// the handler's work, Monitoring's booking with its month and marginal rows included), but without the outbox's
    /// claims, deliveries and marks; one loop per module, in parallel, as the two handler queues may be. Calling the
    /// handlers rather than a copy of their SQL keeps this baseline doing what the handlers do when they change.
    /// </summary>
    private static async Task<double> KaalAsync(ApiFactory host, IReadOnlyList<string> ontvangers, int aantal, Guid[] vragen, Guid voorziening, string wanneer)
    {
        var gebeurtenissen = Enumerable.Range(0, aantal).Select(_ => Afhandeling(Guid.CreateVersion7(), vragen, voorziening)).ToArray();
        var klok = Stopwatch.StartNew();
        await Task.WhenAll(ontvangers.Select(ontvanger => Task.Run(async () =>
        {
            foreach (var gebeurtenis in gebeurtenissen)
            {
                await using var scope = host.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
                var handel = Ontvangers.Vind(scope.ServiceProvider, typeof(AanmeldingAfgehandeld), ontvanger)
                    ?? throw new InvalidOperationException($"Geen ontvanger {ontvanger}.");
                await handel(gebeurtenis, CancellationToken.None);
            }
        })));
        var seconden = klok.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Kaal {wanneer} (zonder dispatcher, dezelfde handlers per gebeurtenis en module): n={aantal} {aantal / seconden:0} gebeurtenissen/s ({seconden:0.0} s)"));
        return aantal / seconden;
    }
}
