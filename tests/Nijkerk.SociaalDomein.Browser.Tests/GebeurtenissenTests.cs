using System.Net;
using Dapper;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class GebeurtenissenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Handler = "Nijkerk.SociaalDomein.Vraagverheldering.Integration.WhenAanmeldingDoorgezet";

    [Fact]
    public async Task De_beheerder_ziet_een_geparkeerde_gebeurtenis_en_biedt_haar_opnieuw_aan()
    {
        var aanmelding = Guid.CreateVersion7();
        await ParkeerAsync(aanmelding);
        var ready = await fixture.CreateClient().GetAsync("/health/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK, "a parked event degrades the host, it does not take it down");
        (await ready.Content.ReadAsStringAsync()).Should().Be("Degraded");

        var beheer = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await beheer.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Gebeurtenissen" }).ClickAsync();
        var rij = beheer.GetByRole(AriaRole.Row).Filter(new() { HasText = "WhenAanmeldingDoorgezet" });
        var tekst = await rij.TextContentAsync();
        tekst.Should().Contain("AanmeldingDoorgezet").And.Contain("Intake").And.Contain("System.InvalidOperationException").And.Contain("5");
        (await Toegankelijkheid.ControleerAsync(beheer)).Should().BeEmpty();

        await rij.GetByRole(AriaRole.Button, new() { Name = "Opnieuw aanbieden" }).ClickAsync();

        (await beheer.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("opnieuw aangeboden");
        await WachtOpAsync("select count(*) from vraagverheldering.vraagverheldering where aanmelding_id = @aanmelding", new { aanmelding });
        await beheer.ReloadAsync();
        (await beheer.Locator("#aantal").TextContentAsync()).Should().Be("Er staan geen gebeurtenissen geparkeerd.");
        (await ScalarAsync("select count(*) from audit.verwerking where omschrijving = 'Gebeurtenis opnieuw aangeboden aan een module'", null)).Should().Be(1);
        (await (await fixture.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Een_loketmedewerker_ziet_de_geparkeerde_gebeurtenissen_niet()
    {
        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        (await loket.GetByRole(AriaRole.Link, new() { Name = "Gebeurtenissen" }).CountAsync()).Should().Be(0);

        await loket.GotoAsync("/beheer/gebeurtenissen");

        (await loket.GetByRole(AriaRole.Heading, new() { Name = "Geparkeerde gebeurtenissen" }).CountAsync()).Should().Be(0);
    }

    // What the dispatcher leaves after five failed attempts of one handler.
    private async Task ParkeerAsync(Guid aanmelding)
    {
        var eventId = Guid.CreateVersion7();
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.ExecuteAsync(
            """
            insert into intake.outbox (id, type, payload, occurred_at, next_attempt_at, status, published_at)
            values (@eventId, 'Nijkerk.SociaalDomein.Intake.Contracts.AanmeldingDoorgezet', @payload::jsonb, now(), now(), 'gepubliceerd', now());
            insert into intake.aflevering (event_id, handler, position, status, attempts, next_attempt_at, first_attempt_at, last_attempt_at, last_error)
            select @eventId, @Handler, position, 'mislukt', 5, now(), now() - interval '15 seconds', now(), 'System.InvalidOperationException'
            from intake.outbox where id = @eventId;
            """,
            new
            {
                eventId,
                Handler,
                payload = $$"""{"eventId":"{{eventId}}","occurredAt":"2026-11-30T09:00:00+00:00","aanmeldingId":"{{aanmelding}}","inwonerId":null,"vraag":"Ik kom er niet uit","urgentie":"normaal"}""",
            });
    }

    private async Task<long> ScalarAsync(string sql, object? parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private async Task WachtOpAsync(string sql, object parameters)
    {
        var tot = DateTime.UtcNow.AddSeconds(15);
        while (await ScalarAsync(sql, parameters) == 0)
        {
            DateTime.UtcNow.Should().BeBefore(tot, "the dispatcher delivers the event sent again");
            await Task.Delay(100);
        }
    }
}
