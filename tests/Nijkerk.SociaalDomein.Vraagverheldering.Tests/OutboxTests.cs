using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Intake;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>What the outbox promises: nothing lost when the process stops between steps, each event handled once.</summary>
public sealed class OutboxTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Een_event_dat_is_geschreven_maar_niet_gepubliceerd_komt_na_een_herstart_precies_eenmaal_aan()
    {
        // The fixture runs no dispatcher: the host "stopped" right after the command committed.
        var aanmelding = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture);
        (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().BeEmpty();
        (await StatusAsync(aanmelding)).Should().Be("wachtend");

        // A new host on the same database picks the event up.
        await using (var herstart = TestDatabases.Services(fixture.ConnectionString))
        {
            await DispatchAllAsync(herstart);
        }

        (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle();
        (await StatusAsync(aanmelding)).Should().Be("gepubliceerd");
    }

    [Fact]
    public async Task Een_event_dat_werd_afgehandeld_maar_niet_als_gepubliceerd_gemarkeerd_wordt_niet_dubbel_verwerkt()
    {
        var aanmelding = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture);
        // The handler ran, then the process died before the outbox row was marked: publish the stored event by hand.
        var payload = await fixture.ScalarAsync<string>(
            "select payload::text from intake.outbox where payload->>'aanmeldingId' = @id and type like '%AanmeldingDoorgezet'", new { id = aanmelding.ToString() });
        var opgeslagen = fixture.Services.GetRequiredService<EventTypes>().Deserialize(typeof(AanmeldingDoorgezet).FullName!, payload);
        await fixture.PublishAsync(opgeslagen);

        await fixture.DispatchOutboxesAsync();

        (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle();
        (await StatusAsync(aanmelding)).Should().Be("gepubliceerd");
    }

    [Fact]
    public async Task Twee_hosts_op_een_database_verwerken_elk_event_eenmaal_en_in_volgorde()
    {
        var aanmeldingen = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            aanmeldingen.Add(await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, $"Vraag {i}"));
        }

        await using var eerste = TestDatabases.Services(fixture.ConnectionString);
        await using var tweede = TestDatabases.Services(fixture.ConnectionString);
        await Task.WhenAll(DispatchAllAsync(eerste), DispatchAllAsync(tweede), DispatchAllAsync(eerste), DispatchAllAsync(tweede));

        foreach (var aanmelding in aanmeldingen)
        {
            (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle();
        }

        (await fixture.ScalarAsync<long>("select count(*) from intake.outbox where status <> 'gepubliceerd'")).Should().Be(0);
        (await fixture.ScalarAsync<long>("select count(*) from intake.aflevering where status <> 'afgeleverd'")).Should().Be(0);
        var uitVolgorde = await fixture.ScalarAsync<long>(
            """
            select count(*) from (
                select delivered_at < lag(delivered_at) over (partition by handler order by position) as eerder
                from intake.aflevering) a
            where eerder
            """);
        uitVolgorde.Should().Be(0, "each handler gets the events of one module in the order they were written");
    }

    private Task<string> StatusAsync(Guid aanmelding) =>
        fixture.ScalarAsync<string>(
            "select status from intake.outbox where payload->>'aanmeldingId' = @id and type like '%AanmeldingDoorgezet'", new { id = aanmelding.ToString() });

    private static async Task DispatchAllAsync(IServiceProvider host)
    {
        var dispatcher = host.GetRequiredService<OutboxDispatcher>();
        foreach (var db in TestDatabases.MetOutbox(host))
        {
            await dispatcher.DispatchDueAsync(db, CancellationToken.None);
        }
    }
}

