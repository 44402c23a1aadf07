using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Termijnen;
using Nijkerk.SociaalDomein.Testing;
using static Nijkerk.SociaalDomein.Overdracht.Tests.TermijnKlok;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>
/// The term guard with an injected clock: an overdracht nobody accepts within the team's working days becomes verlopen,
/// once, with one OverdrachtVerlopen, however many hosts run the guard; and the teamleider sees it.
/// </summary>
public sealed class TermijnbewakingTests(TermijnFixture fixture) : IClassFixture<TermijnFixture>
{
    [Fact]
    public async Task Op_vrijdag_om_vier_uur_aangeboden_is_maandagavond_niet_en_woensdagochtend_wel_verlopen()
    {
        var id = await fixture.BiedAanAsync(Nederlands(2026, 11, 27, 16));

        fixture.Klok.Zet(Nederlands(2026, 11, 30, 20));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(id)).Should().Be("aangeboden", "maandagavond loopt de tweede werkdag nog");
        (await fixture.EventsAsync(id)).Should().Be(0);

        fixture.Klok.Zet(Nederlands(2026, 12, 2, 9));
        var resultaat = await fixture.VerloopAsync();

        resultaat.Overdrachten.Select(o => o.Id).Should().Contain(id);
        (await fixture.StatusAsync(id)).Should().Be("verlopen");
        (await fixture.EventsAsync(id)).Should().Be(1);
        (await fixture.ScalarAsync<DateTimeOffset>("select verlopen_op from overdracht.overdracht where id = @id", new { id }))
            .Should().Be(Nederlands(2026, 12, 2, 9));
        (await fixture.ScalarAsync<string>("select door from overdracht.overdracht_stap where overdracht_id = @id and soort = 'verlopen'", new { id }))
            .Should().Be(Actor.Systeem.Id);
        (await fixture.ScalarAsync<bool>(
            "select (payload->>'terugNaarLoket')::boolean from overdracht.outbox where type like '%OverdrachtVerlopen' and payload->>'overdrachtId' = @id",
            new { id = id.ToString() })).Should().BeFalse("een team escaleert naar zijn teamleider, niet terug naar het loket");
    }

    [Fact]
    public async Task Over_Koningsdag_loopt_de_termijn_een_werkdag_langer()
    {
        // Monday 26 April 2027; Koningsdag is Tuesday the 27th: Wednesday and Thursday are the two working days.
        var id = await fixture.BiedAanAsync(Nederlands(2027, 4, 26, 10));
        (await fixture.VerlooptOpAsync(id)).Should().Be(Nederlands(2027, 4, 30, 0));

        fixture.Klok.Zet(Nederlands(2027, 4, 29, 9));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(id)).Should().Be("aangeboden", "zonder Koningsdag was hij donderdagochtend verlopen");

        fixture.Klok.Zet(Nederlands(2027, 4, 30, 9));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(id)).Should().Be("verlopen");
    }

    [Fact]
    public async Task Over_tweede_paasdag_loopt_de_termijn_een_werkdag_langer()
    {
        // Friday 26 March 2027; Easter Monday is the 29th: Tuesday and Wednesday are the two working days.
        var id = await fixture.BiedAanAsync(Nederlands(2027, 3, 26, 10));
        (await fixture.VerlooptOpAsync(id)).Should().Be(Nederlands(2027, 4, 1, 0));

        fixture.Klok.Zet(Nederlands(2027, 3, 31, 9));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(id)).Should().Be("aangeboden", "zonder tweede paasdag was hij woensdagochtend verlopen");

        fixture.Klok.Zet(Nederlands(2027, 4, 1, 9));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(id)).Should().Be("verlopen");
    }

    [Fact]
    public async Task Twee_hosts_tegelijk_laten_elke_overdracht_eenmaal_verlopen_met_een_gebeurtenis()
    {
        var aangeboden = Nederlands(2028, 1, 10, 10);
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await fixture.BiedAanAsync(aangeboden, i % 2 == 0 ? "wmo" : "werk-inkomen"));
        }

        fixture.Klok.Zet(Nederlands(2028, 1, 20, 9));
        await using var tweede = fixture.NogEenHost();
        var rondes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => fixture.VerloopAsync(i % 2 == 0 ? fixture.Services : tweede)));

        rondes.SelectMany(r => r.Overdrachten).Select(o => o.Id).Where(ids.Contains).Should().OnlyHaveUniqueItems().And.HaveCount(ids.Count);
        foreach (var id in ids)
        {
            (await fixture.EventsAsync(id)).Should().Be(1, $"overdracht {id} verloopt eenmaal");
        }

        (await fixture.ScalarAsync<long>(
            "select count(*) from overdracht.overdracht_stap where soort = 'verlopen' and overdracht_id = any(@ids)", new { ids = ids.ToArray() }))
            .Should().Be(ids.Count);
    }

    [Fact]
    public async Task Een_tweede_ronde_verandert_niets_meer()
    {
        var id = await fixture.BiedAanAsync(Nederlands(2028, 3, 6, 10));
        fixture.Klok.Zet(Nederlands(2028, 3, 15, 9));
        await fixture.VerloopAsync();
        var versie = await fixture.ScalarAsync<int>("select versie from overdracht.overdracht where id = @id", new { id });

        fixture.Klok.Zet(Nederlands(2028, 3, 16, 9));
        var tweede = await fixture.VerloopAsync();

        tweede.Overdrachten.Select(o => o.Id).Should().NotContain(id);
        (await fixture.ScalarAsync<int>("select versie from overdracht.overdracht where id = @id", new { id })).Should().Be(versie);
        (await fixture.EventsAsync(id)).Should().Be(1);
        (await fixture.ScalarAsync<long>("select count(*) from overdracht.overdracht_stap where overdracht_id = @id", new { id })).Should().Be(1);
    }

    [Fact]
    public async Task Een_partner_heeft_twee_weken_en_gaat_daarna_terug_naar_het_loket()
    {
        var id = await fixture.BiedAanAsync(Nederlands(2028, 5, 1, 10), "werk-inkomen", "Plangroep");

        fixture.Klok.Zet(Nederlands(2028, 5, 15, 9));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(id)).Should().Be("aangeboden");

        fixture.Klok.Zet(Nederlands(2028, 5, 15, 11));
        await fixture.VerloopAsync();
        (await fixture.StatusAsync(id)).Should().Be("verlopen");
        (await fixture.ScalarAsync<bool>(
            "select (payload->>'terugNaarLoket')::boolean from overdracht.outbox where type like '%OverdrachtVerlopen' and payload->>'overdrachtId' = @id",
            new { id = id.ToString() })).Should().BeTrue();
    }

    [Fact]
    public async Task De_teamleider_ziet_de_verlopen_overdrachten_van_zijn_team_de_oudste_eerst_en_niet_die_van_een_ander_team()
    {
        var oud = await fixture.BiedAanAsync(Nederlands(2029, 1, 8, 9), "jeugd-onderwijs");
        var nieuw = await fixture.BiedAanAsync(Nederlands(2029, 1, 9, 9), "jeugd-onderwijs");
        var ander = await fixture.BiedAanAsync(Nederlands(2029, 1, 8, 9), "veiligheid");
        var partner = await fixture.BiedAanAsync(Nederlands(2028, 12, 1, 9), "jeugd-onderwijs", "Plangroep");
        var opTijd = await fixture.BiedAanAsync(Nederlands(2029, 1, 15, 9), "jeugd-onderwijs");
        fixture.Klok.Zet(Nederlands(2029, 1, 16, 9));
        await fixture.VerloopAsync();

        fixture.Actor = new Actor("teamleider-jeugd", "Teamleider Jeugd", ActorSoort.Medewerker,
            new HashSet<string> { OverdrachtRechten.EscalatiesLezen }, Teams: ["jeugd-onderwijs"]);
        try
        {
            var lijst = await fixture.SendAsync(new GeefVerlopenOverdrachten.Query());

            lijst.Teams.Should().Equal("Jeugd & Onderwijs");
            var ids = lijst.Overdrachten.Select(o => o.Id).ToList();
            ids.Should().ContainInOrder(oud, nieuw).And.NotContain([ander, partner, opTijd]);
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }

        (await fixture.ScalarAsync<long>(
            "select count(*) from audit.verwerking where handeling like '%GeefVerlopenOverdrachten%' and actor_id = 'teamleider-jeugd'"))
            .Should().BeGreaterThan(0, "wie verlopen overdrachten inziet, staat in het auditlog");
    }

    [Fact]
    public async Task De_achtergronddienst_laat_een_verlopen_overdracht_verlopen_zonder_dat_iemand_iets_doet()
    {
        fixture.Klok.Zet(Nederlands(2030, 6, 3, 9));
        var id = await fixture.BiedAanAsync(Nederlands(2030, 5, 20, 9));
        var dienst = fixture.Services.GetServices<IHostedService>().OfType<Termijnbewaking>().Single();

        await dienst.StartAsync(CancellationToken.None);
        try
        {
            for (var i = 0; i < 100 && await fixture.StatusAsync(id) != "verlopen"; i++)
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            await dienst.StopAsync(CancellationToken.None);
        }

        (await fixture.StatusAsync(id)).Should().Be("verlopen");
        (await fixture.EventsAsync(id)).Should().Be(1);
    }
}
