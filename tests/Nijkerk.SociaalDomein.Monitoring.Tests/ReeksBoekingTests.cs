using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// The dispatcher hands Monitoring a run of events in one unit, and the unit writes its cube bookings summed, once, at its
/// commit (Kubusboekingen, ADR 0024). The cube must then hold what booking each event alone would have: here sixty
/// afhandelingen of questions with different dimensions, on four Dutch days across a month's end (one of them just after
/// midnight in Nijkerk, still the day before in UTC), committed together as a busy hour leaves them.
/// </summary>
public sealed class ReeksBoekingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Kernen = ["Nijkerk", "Hoevelaken", "Nijkerkerveen"];
    private static readonly string[] Kanalen = ["telefoon", "balie", "e-mail"];
    private static readonly string[] Leefgebieden = ["financien", "huisvesting", "sociaal-netwerk", "werk-opleiding"];

    private static readonly DateTimeOffset[] Momenten =
    [
        new(2027, 1, 30, 10, 0, 0, TimeSpan.Zero),
        new(2027, 1, 31, 23, 30, 0, TimeSpan.Zero), // 1 February in Nijkerk
        new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero),
        new(2027, 2, 2, 14, 0, 0, TimeSpan.Zero),
    ];

    [Fact]
    public async Task Een_reeks_afhandelingen_staat_in_de_kubus_alsof_elke_apart_werd_geboekt()
    {
        var pseudoniem = factory.Services.GetRequiredService<Pseudoniem>();
        var random = new Random(15);
        var vragen = new List<(Guid Aanmelding, string Kern, string Kanaal)>();
        var gebeurtenissen = new List<AanmeldingAfgehandeld>();
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 60; i++)
        {
            var aanmelding = Guid.CreateVersion7();
            var (kern, kanaal) = (Kernen[random.Next(Kernen.Length)], Kanalen[random.Next(Kanalen.Length)]);
            vragen.Add((aanmelding, kern, kanaal));
            // The question as its arrival left it, so the afhandeling finds its dimensions.
            await connection.ExecuteAsync(
                """
                insert into monitoring.vraag (sleutel, dag, eerste_contact, kern, kanaal, bron, levensfase)
                values (@Sleutel, '2027-01-30', '2027-01-30T08:00:00Z', @kern, @kanaal, 'inwoner-zelf', '27-66')
                """,
                new { Sleutel = pseudoniem.Van(aanmelding), kern, kanaal });
            var leefgebieden = Leefgebieden.Where(_ => random.Next(2) == 0).ToArray();
            gebeurtenissen.Add(new AanmeldingAfgehandeld(
                Guid.CreateVersion7(), Momenten[random.Next(Momenten.Length)], aanmelding, null, [], leefgebieden));
        }

        var type = EventTypes.NameOf(typeof(AanmeldingAfgehandeld));
        await connection.ExecuteAsync(
            """
            insert into intake.outbox (id, type, payload, occurred_at, next_attempt_at)
            select id, @type, payload::jsonb, now(), now() from unnest(@ids, @payloads) with ordinality as e(id, payload, n) order by n;
            select pg_notify('nsd_outbox_intake', '');
            """,
            new
            {
                type,
                ids = gebeurtenissen.Select(g => g.EventId).ToArray(),
                payloads = gebeurtenissen.Select(g => JsonSerializer.Serialize(g, EventTypes.Json)).ToArray(),
            });
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (await connection.ExecuteScalarAsync<long>("select count(*) from monitoring.inbox where event_id = any(@ids)", new { ids = gebeurtenissen.Select(g => g.EventId).ToArray() }) < 60)
        {
            DateTime.UtcNow.Should().BeBefore(tot, "Monitoring handles the run within half a minute");
            await Task.Delay(100);
        }

        var verwacht = gebeurtenissen
            .SelectMany(g => g.Leefgebieden.Prepend("").Select(l => (Dag: NederlandseDag.Van(g.OccurredAt), vragen.Single(v => v.Aanmelding == g.AanmeldingId).Kern, Waarde: l)))
            .GroupBy(r => r).ToDictionary(r => $"{r.Key.Dag:yyyy-MM-dd} {r.Key.Kern} {r.Key.Waarde}", r => (long)r.Count());
        var geboekt = (await connection.QueryAsync<(DateOnly Dag, string Kern, string Waarde, long Beantwoord)>(
            $"""
            select dag, kern, waarde, sum(beantwoord)::bigint from monitoring.dagcijfer
            where facet in ('', 'leefgebied') and {Kubusrijen.Volledig} and dag between '2027-01-30' and '2027-02-02'
            group by 1, 2, 3
            """)).ToDictionary(r => $"{r.Dag:yyyy-MM-dd} {r.Kern} {r.Waarde}", r => r.Beantwoord);
        geboekt.Should().BeEquivalentTo(verwacht, "each afhandeling counts once per question and once per leefgebied, on its Dutch day");

        var totaal = await connection.ExecuteScalarAsync<long>(
            "select sum(beantwoord)::bigint from monitoring.totaalcijfer where facet = '' and dag between '2027-01-30' and '2027-02-02'");
        totaal.Should().Be(60);
        (await Kubusrijen.AfwijkingenAsync(connection)).Should().Be(0, "every month row is its days summed and every marginal row its combinations");
    }
}
