using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Intake;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>
/// Two modules listen to AanmeldingDoorgezet: Vraagverheldering, and a module whose handler fails every time.
/// Each handler gets the event on its own: attempts, backoff and the parked state are per handler.
/// </summary>
public sealed class AfleveringPerHandlerTests(AfleveringPerHandlerTests.Fixture fixture) : IClassFixture<AfleveringPerHandlerTests.Fixture>
{
    private const string Gezond = "Nijkerk.SociaalDomein.Vraagverheldering.Integration.WhenAanmeldingDoorgezet";
    private static readonly string Falend = typeof(AltijdMislukt).FullName!;

    [Fact]
    public async Task Een_falende_handler_wordt_alleen_zelf_geparkeerd_en_houdt_de_andere_module_niet_op()
    {
        var eerste = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Eerste vraag");
        var intake = fixture.Services.GetRequiredService<ModuleDb<IntakeModule>>();
        var dispatcher = fixture.Services.GetRequiredService<OutboxDispatcher>();
        Guid? tweede = null;

        for (var poging = 1; poging <= OutboxDispatcher.MaxAttempts; poging++)
        {
            await dispatcher.DispatchDueAsync(intake, CancellationToken.None);
            (await PogingenAsync(eerste, Falend)).Should().Be(poging);
            // Not due again until the backoff has passed.
            await dispatcher.DispatchDueAsync(intake, CancellationToken.None);
            (await PogingenAsync(eerste, Falend)).Should().Be(poging);
            (await PogingenAsync(eerste, Gezond)).Should().Be(1, "the healthy handler is never re-run for the failing one");

            if (poging == 1)
            {
                // While the failing handler waits for its retry, the next event reaches the healthy one at once.
                tweede = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Tweede vraag");
                await dispatcher.DispatchDueAsync(intake, CancellationToken.None);
                (await Doorzetting.VoorAanmeldingAsync(fixture, tweede.Value)).Should().ContainSingle();
                (await PogingenAsync(tweede.Value, Falend)).Should().Be(0, "the failing handler keeps its order: the second event waits behind the first");
            }

            fixture.Clock.Advance(OutboxDispatcher.Backoff(poging));
        }

        (await StatusAsync(eerste, Falend)).Should().Be("mislukt");
        (await FoutAsync(eerste, Falend)).Should().Contain(nameof(InvalidOperationException));
        (await StatusAsync(eerste, Gezond)).Should().Be("afgeleverd");
        (await Doorzetting.VoorAanmeldingAsync(fixture, eerste)).Should().ContainSingle();

        // Parked, the first no longer holds the failing handler's queue: the second got its own first attempt at once.
        (await PogingenAsync(tweede!.Value, Falend)).Should().Be(1);
        (await PogingenAsync(tweede.Value, Gezond)).Should().Be(1);
    }

    [Fact]
    public async Task Een_aflevering_die_het_proces_steeds_liet_vallen_wordt_geparkeerd_zonder_nog_eens_te_draaien()
    {
        var aanmelding = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Gifpil");
        await fixture.DispatchOutboxesAsync();
        // As five crashed processes leave it: every attempt recorded before the handler ran, none came back.
        await fixture.ScalarAsync<int>(
            """
            update intake.aflevering a set status = 'wachtend', attempts = @max, next_attempt_at = @nu
            from intake.outbox o where o.id = a.event_id and o.payload->>'aanmeldingId' = @id and a.handler = @handler
            """,
            new { id = aanmelding.ToString(), handler = Gezond, max = OutboxDispatcher.MaxAttempts, nu = fixture.Clock.GetUtcNow() });
        await fixture.ScalarAsync<int>("delete from vraagverheldering.vraagverheldering where aanmelding_id = @aanmelding", new { aanmelding });

        await fixture.DispatchOutboxesAsync();

        (await StatusAsync(aanmelding, Gezond)).Should().Be("mislukt");
        (await FoutAsync(aanmelding, Gezond)).Should().Be("Afgebroken");
        (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().BeEmpty("a poison event is parked, not run a sixth time");
    }

    [Fact]
    public async Task Een_gebeurtenis_van_een_type_dat_deze_host_niet_kent_wacht_zonder_fout()
    {
        var id = Guid.CreateVersion7();
        await fixture.ScalarAsync<int>(
            """
            insert into intake.outbox (id, type, payload, occurred_at, next_attempt_at)
            values (@id, 'Nijkerk.SociaalDomein.Intake.Contracts.IetsNieuws', '{}', now(), now())
            """,
            new { id });

        await fixture.DispatchOutboxesAsync();

        (await fixture.ScalarAsync<string>("select status from intake.outbox where id = @id", new { id })).Should().Be("wachtend");
        (await fixture.ScalarAsync<int>("select attempts from intake.outbox where id = @id", new { id })).Should().Be(0);
        (await fixture.ScalarAsync<long>("select count(*) from intake.aflevering where event_id = @id", new { id })).Should().Be(0);
        await fixture.ScalarAsync<int>("delete from intake.outbox where id = @id", new { id });
    }

    private Task<int> PogingenAsync(Guid aanmelding, string handler) =>
        fixture.ScalarAsync<int>(Sql("coalesce(max(a.attempts), 0)"), new { id = aanmelding.ToString(), handler });

    private Task<string> StatusAsync(Guid aanmelding, string handler) =>
        fixture.ScalarAsync<string>(Sql("max(a.status)"), new { id = aanmelding.ToString(), handler });

    private Task<string> FoutAsync(Guid aanmelding, string handler) =>
        fixture.ScalarAsync<string>(Sql("max(a.last_error)"), new { id = aanmelding.ToString(), handler });

    private static string Sql(string kolom) =>
        $"""
        select {kolom} from intake.aflevering a join intake.outbox o on o.id = a.event_id
        where o.payload->>'aanmeldingId' = @id and o.type like '%AanmeldingDoorgezet' and a.handler = @handler
        """;

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
