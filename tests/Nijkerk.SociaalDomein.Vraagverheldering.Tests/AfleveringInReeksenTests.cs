using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Intake;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>
/// The dispatcher hands a handler's waiting events to it as one run in one transaction (ADR 0024). When one event of the
/// run fails, nothing of the run may stay half-written, the events before it still arrive once, the failing one is
/// counted and backed off alone, and the ones behind it wait for it, as when each event was delivered alone.
/// </summary>
public sealed class AfleveringInReeksenTests(AfleveringInReeksenTests.Fixture fixture) : IClassFixture<AfleveringInReeksenTests.Fixture>
{
    private const string Handler = "Nijkerk.SociaalDomein.Vraagverheldering.Integration.WhenAanmeldingDoorgezet";

    [Fact]
    public async Task Een_falende_gebeurtenis_in_een_reeks_houdt_alleen_zichzelf_en_wie_erachter_wacht_op()
    {
        var intake = fixture.Services.GetRequiredService<ModuleDb<IntakeModule>>();
        var dispatcher = fixture.Services.GetRequiredService<OutboxDispatcher>();
        var voor = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Eerste in de reeks");
        var fout = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Deze faalt");
        var achter = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Achter de fout");
        await fixture.ScalarAsync<object>(
            $"""
            create function vraagverheldering.weiger_voor_test() returns trigger language plpgsql as
            $$ begin raise exception 'ontvanger weigert'; end $$;
            create trigger weiger_voor_test before insert on vraagverheldering.vraagverheldering
                for each row when (new.aanmelding_id = '{fout}') execute function vraagverheldering.weiger_voor_test();
            """);
        try
        {
            await dispatcher.DispatchDueAsync(intake, CancellationToken.None);
        }
        finally
        {
            await fixture.ScalarAsync<object>("drop trigger weiger_voor_test on vraagverheldering.vraagverheldering; drop function vraagverheldering.weiger_voor_test()");
        }

        (await Doorzetting.VoorAanmeldingAsync(fixture, voor)).Should().ContainSingle("the event before the failing one arrives, once");
        (await AfleveringAsync(voor)).Should().Be(("afgeleverd", 1));
        (await Doorzetting.VoorAanmeldingAsync(fixture, fout)).Should().BeEmpty();
        (await AfleveringAsync(fout)).Should().Be(("wachtend", 1), "the failing event is counted once, alone, and waits for its retry");
        (await Doorzetting.VoorAanmeldingAsync(fixture, achter)).Should().BeEmpty("the handler keeps its order: what comes after waits");
        (await AfleveringAsync(achter)).Should().Be(("wachtend", 0));

        fixture.Clock.Advance(OutboxDispatcher.Backoff(1));
        await dispatcher.DispatchDueAsync(intake, CancellationToken.None);

        (await Doorzetting.VoorAanmeldingAsync(fixture, fout)).Should().ContainSingle();
        (await AfleveringAsync(fout)).Should().Be(("afgeleverd", 2));
        (await Doorzetting.VoorAanmeldingAsync(fixture, achter)).Should().ContainSingle();
        (await AfleveringAsync(achter)).Should().Be(("afgeleverd", 1));
        (await Doorzetting.VoorAanmeldingAsync(fixture, voor)).Should().ContainSingle("the run's first attempt left nothing behind to be made twice");
    }

    [Fact]
    public async Task Een_reeks_komt_in_de_inbox_van_de_ontvanger_en_elke_gebeurtenis_precies_eenmaal_aan()
    {
        var intake = fixture.Services.GetRequiredService<ModuleDb<IntakeModule>>();
        var aanmeldingen = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            aanmeldingen.Add(await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, $"Vraag {i} van de reeks"));
        }

        // The third was handled before and its mark lost (the process died between the commit and the mark): the run
        // finds it in the inbox and skips it.
        var eerder = aanmeldingen[2];
        await fixture.ScalarAsync<object>(
            """
            insert into vraagverheldering.inbox (event_id, handler)
            select id, 'WhenAanmeldingDoorgezet' from intake.outbox where payload->>'aanmeldingId' = @id and type like '%AanmeldingDoorgezet'
            """,
            new { id = eerder.ToString() });

        await fixture.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(intake, CancellationToken.None);

        foreach (var aanmelding in aanmeldingen)
        {
            (await AfleveringAsync(aanmelding)).Should().Be(("afgeleverd", 1));
        }

        (await Doorzetting.VoorAanmeldingAsync(fixture, eerder)).Should().BeEmpty("an event already in the inbox is not handled again");
        foreach (var aanmelding in aanmeldingen.Where(a => a != eerder))
        {
            (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle();
        }
    }

    private async Task<(string Status, int Pogingen)> AfleveringAsync(Guid aanmelding) =>
        (await fixture.ScalarAsync<string>(Sql("max(a.status)"), new { id = aanmelding.ToString(), Handler }),
         await fixture.ScalarAsync<int>(Sql("coalesce(max(a.attempts), 0)"), new { id = aanmelding.ToString(), Handler }));

    private static string Sql(string kolom) =>
        $"""
        select {kolom} from intake.aflevering a join intake.outbox o on o.id = a.event_id
        where o.payload->>'aanmeldingId' = @id and o.type like '%AanmeldingDoorgezet' and a.handler = @Handler
        """;

    public sealed class Fixture : SliceFixture
    {
        internal TestClock Clock { get; } = new();

        protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
