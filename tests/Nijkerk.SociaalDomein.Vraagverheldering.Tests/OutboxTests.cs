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
        var uitVolgorde = await fixture.ScalarAsync<long>(
            """
            select count(*) from (
                select published_at < lag(published_at) over (order by position) as eerder
                from intake.outbox) o
            where eerder
            """);
        uitVolgorde.Should().Be(0, "events of one module are published in the order they were written");
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

/// <summary>A module whose handler keeps failing: the event is retried with backoff, then parked as failed.</summary>
public sealed class FalendeAfhandelingTests(FalendeAfhandelingTests.Fixture fixture) : IClassFixture<FalendeAfhandelingTests.Fixture>
{
    [Fact]
    public async Task Een_event_waarvan_de_afhandeling_blijft_mislukken_wordt_herhaald_en_daarna_als_mislukt_geparkeerd()
    {
        var aanmelding = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture);
        var intake = fixture.Services.GetRequiredService<ModuleDb<IntakeModule>>();
        var dispatcher = fixture.Services.GetRequiredService<OutboxDispatcher>();

        for (var poging = 1; poging <= OutboxDispatcher.MaxAttempts; poging++)
        {
            await dispatcher.DispatchDueAsync(intake, CancellationToken.None);
            (await fixture.ScalarAsync<int>(AttemptsSql, new { id = aanmelding.ToString() })).Should().Be(poging);
            // Not due again until the backoff has passed.
            await dispatcher.DispatchDueAsync(intake, CancellationToken.None);
            (await fixture.ScalarAsync<int>(AttemptsSql, new { id = aanmelding.ToString() })).Should().Be(poging);
            fixture.Clock.Advance(OutboxDispatcher.Backoff(poging));
        }

        (await fixture.ScalarAsync<string>(StatusSql, new { id = aanmelding.ToString() })).Should().Be("mislukt");
        (await fixture.ScalarAsync<string>(ErrorSql, new { id = aanmelding.ToString() })).Should().Contain(nameof(InvalidOperationException));
        // The healthy handler ran before the failing one on every attempt, and its inbox kept it to once.
        (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle();
    }

    [Fact]
    public async Task Een_geparkeerd_event_houdt_de_events_erna_niet_tegen()
    {
        var geparkeerd = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture);
        await fixture.ScalarAsync<int>(
            "update intake.outbox set status = 'mislukt' where payload->>'aanmeldingId' = @id", new { id = geparkeerd.ToString() });
        var volgende = await fixture.SendAsync(new Intake.Aanmeldingen.RegistreerAanmelding.Command("chat", "netwerk", "Vraag", null, "normaal"));

        await fixture.DispatchOutboxesAsync();

        (await fixture.ScalarAsync<long>(
            "select count(*) from intake.outbox where payload->>'aanmeldingId' = @id and attempts > 0", new { id = volgende.ToString() })).Should().Be(1);
    }

    private const string AttemptsSql = "select attempts from intake.outbox where payload->>'aanmeldingId' = @id and type like '%AanmeldingDoorgezet'";
    private const string StatusSql = "select status from intake.outbox where payload->>'aanmeldingId' = @id and type like '%AanmeldingDoorgezet'";
    private const string ErrorSql = "select last_error from intake.outbox where payload->>'aanmeldingId' = @id and type like '%AanmeldingDoorgezet'";

    public sealed class Fixture : SliceFixture
    {
        internal TestClock Clock { get; } = new();

        protected override void Configure(IServiceCollection services)
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddScoped<INotificationHandler<AanmeldingDoorgezet>, AltijdMislukt>();
        }
    }

    private sealed class AltijdMislukt : INotificationHandler<AanmeldingDoorgezet>
    {
        public Task Handle(AanmeldingDoorgezet notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("De ontvangende module is stuk.");
    }
}
