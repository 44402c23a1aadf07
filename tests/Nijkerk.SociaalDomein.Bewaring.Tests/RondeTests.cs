using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

/// <summary>
/// The round with a list awaiting approval: it purges, but neither proposes a second list nor asks the modules anything.
/// Its lock lets one host at a time run it.
/// </summary>
public sealed class RondeTests(BewaringFixture fixture) : IClassFixture<BewaringFixture>, IAsyncLifetime
{
    public Task InitializeAsync() =>
        fixture.ExecuteAsync(
            """
            insert into bewaring.vernietigingslijst (id, status, voorgesteld_op, peildatum, aantal_dossiers)
            select @id, 'voorgesteld', now(), current_date, 1
            where not exists (select 1 from bewaring.vernietigingslijst where status = 'voorgesteld')
            """,
            new { id = Guid.CreateVersion7() });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Een_voorstel_terwijl_een_lijst_op_goedkeuring_wacht_maakt_geen_tweede()
    {
        var ronde = await fixture.Ronde.RondeAsync(CancellationToken.None);

        ronde.Gedraaid.Should().BeTrue();
        ronde.Voorgesteld.Should().BeNull();
        (await fixture.ScalarAsync<long>("select count(*) from bewaring.vernietigingslijst")).Should().Be(1);

        // And the table says so too: a second open list cannot be written.
        var tweede = () => fixture.ExecuteAsync(
            "insert into bewaring.vernietigingslijst (id, status, voorgesteld_op, peildatum, aantal_dossiers) values (@id, 'voorgesteld', now(), current_date, 1)",
            new { id = Guid.CreateVersion7() });
        (await tweede.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
    }

    [Fact]
    public async Task Een_tweede_host_doet_niets_zolang_de_eerste_de_ronde_draait()
    {
        var inwoner = Guid.NewGuid();
        var oud = await fixture.GepubliceerdAsync(inwoner, fixture.Klok.Nu.AddDays(-60));

        // The first host: holds the round's lock in its transaction.
        await using (var eerste = new NpgsqlConnection(fixture.ConnectionString))
        {
            await eerste.OpenAsync();
            await using var transactie = await eerste.BeginTransactionAsync();
            (await eerste.ExecuteScalarAsync<bool>("select pg_try_advisory_xact_lock(@Key)", new { Key = 0x6E73645F626577L }, transactie)).Should().BeTrue();

            var tweede = await fixture.Ronde.RondeAsync(CancellationToken.None);

            tweede.Gedraaid.Should().BeFalse();
            (await fixture.PayloadAsync(oud)).Should().Contain("Sanne Mulder");
        }

        (await fixture.Ronde.RondeAsync(CancellationToken.None)).Gedraaid.Should().BeTrue();
        (await fixture.PayloadAsync(oud)).Should().Be("{}");
    }

    [Fact]
    public async Task De_ronde_schoont_oude_gepubliceerde_outboxrijen_inbox_en_idempotentiesleutels_op()
    {
        var inwoner = Guid.NewGuid();
        var oud = await fixture.GepubliceerdAsync(inwoner, fixture.Klok.Nu.AddDays(-31));
        var recent = await fixture.GepubliceerdAsync(inwoner, fixture.Klok.Nu.AddDays(-2));
        var wachtend = await fixture.GepubliceerdAsync(inwoner, fixture.Klok.Nu.AddDays(-90), "wachtend");
        var oudeGebeurtenis = Guid.NewGuid();
        var nieuweGebeurtenis = Guid.NewGuid();
        await fixture.ExecuteAsync(
            "insert into regie.inbox (event_id, handler, handled_at) values (@oudeGebeurtenis, 'test', @oud), (@nieuweGebeurtenis, 'test', @nu)",
            new { oudeGebeurtenis, nieuweGebeurtenis, oud = fixture.Klok.Nu.AddDays(-40), nu = fixture.Klok.Nu });
        await fixture.ExecuteAsync(
            "insert into intake.idempotentie (client, sleutel, vingerafdruk, resultaat, aangemaakt_op) values ('test', @oud, 'x', '{\"naam\":\"Sanne\"}', @toen), ('test', @nieuw, 'x', null, @nu)",
            new { oud = "oud-" + inwoner, nieuw = "nieuw-" + inwoner, toen = fixture.Klok.Nu.AddDays(-2), nu = fixture.Klok.Nu });

        var ronde = await fixture.Ronde.RondeAsync(CancellationToken.None);

        ronde.Opgeschoond!.Outbox.Should().BeGreaterThan(0);
        (await fixture.PayloadAsync(oud)).Should().Be("{}");
        (await fixture.PayloadAsync(recent)).Should().Contain("Sanne Mulder");
        (await fixture.PayloadAsync(wachtend)).Should().Contain("Sanne Mulder");
        (await fixture.QueryAsync<Guid>("select event_id from regie.inbox where handler = 'test'")).Should().Equal(nieuweGebeurtenis);
        (await fixture.QueryAsync<string>("select sleutel from intake.idempotentie where client = 'test'")).Should().Equal("nieuw-" + inwoner);
    }

    [Fact]
    public async Task Vernietiging_schoont_elke_outboxrij_van_de_inwoner_op_ook_een_recente_en_een_tweede_keer_niets()
    {
        var weg = Guid.NewGuid();
        var blijft = Guid.NewGuid();
        var vanWeg = await fixture.GepubliceerdAsync(weg, fixture.Klok.Nu.AddHours(-1));
        var vanBlijft = await fixture.GepubliceerdAsync(blijft, fixture.Klok.Nu.AddHours(-1));
        var opschoning = fixture.Services.GetRequiredService<OutboxOpschoning>();

        (await opschoning.VergeetAsync([weg], CancellationToken.None))["Intake"].Should().Be(1);

        (await fixture.PayloadAsync(vanWeg)).Should().Be("{}");
        (await fixture.PayloadAsync(vanBlijft)).Should().Contain(blijft.ToString());
        (await opschoning.VergeetAsync([weg], CancellationToken.None)).Values.Sum().Should().Be(0);
    }
}
