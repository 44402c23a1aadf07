using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Intake.Tests;

/// <summary>
/// The request pool gives its connections back without Npgsql's reset and sends the actor's row-level security
/// setting only to a connection that does not carry it yet (ADR 0024). These tests hold it to what makes that safe:
/// a connection that served one actor shows the next actor only that actor's rows, and what takes session state
/// (a session advisory lock) goes through the pool that resets, so nothing of it stays behind.
/// </summary>
public sealed class VerzoekverbindingenTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly Actor Sigma = TestActors.Partner("Sigma", IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen);
    private static readonly Actor Mee = TestActors.Partner("MEE Veluwe", IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen);

    [Fact]
    public async Task Een_verbinding_die_een_ander_diende_toont_elke_volgende_actor_alleen_wat_die_mag_zien()
    {
        await AlsAsync(Sigma, RegistreerAsync);
        await AlsAsync(Mee, RegistreerAsync);
        var db = Intake();
        var allen = new[] { "MEE Veluwe", "Sigma" };
        var rondes = new (string Naam, Actor? Actor, string[] Ziet)[]
        {
            ("medewerker", TestActors.AlleRechten, allen),
            ("Sigma", Sigma, ["Sigma"]),
            ("Sigma nog eens", Sigma, ["Sigma"]),
            ("MEE", Mee, ["MEE Veluwe"]),
            ("systeem", Actor.Systeem, allen),
            ("zonder actor", null, []),
            ("Sigma na het systeem", Sigma, ["Sigma"]),
            ("niet aangemeld", Actor.Anoniem, []),
            ("partner zonder organisatie", TestActors.Partner("", IntakeRechten.AanmeldingenLezen), []),
            ("medewerker weer", TestActors.AlleRechten, allen),
        };
        var backends = new List<(int Backend, string Naam)>();

        for (var keer = 0; keer < 3; keer++)
        {
            foreach (var (naam, actor, ziet) in rondes)
            {
                await using var connection = await db.OpenAsync(actor, CancellationToken.None);
                backends.Add((connection.ProcessID, naam));
                var organisaties = await connection.QueryAsync<string>(
                    "select distinct organisatie from intake.aanmelding where organisatie is not null order by 1");
                organisaties.Should().Equal(ziet, "the connection (backend {0}) now works for {1}", connection.ProcessID, naam);
            }
        }

        backends.GroupBy(b => b.Backend).Should().Contain(
            g => g.Select(b => b.Naam).Distinct().Count() > 1, "the pool gave one backend to several actors, which is what is tested");
    }

    [Fact]
    public async Task Een_partnersleutel_na_een_medewerker_via_de_mediator_ziet_de_aanmelding_van_een_ander_niet()
    {
        var vanMee = await AlsAsync(Mee, RegistreerAsync);
        var vanSigma = await AlsAsync(Sigma, RegistreerAsync);

        for (var keer = 0; keer < 5; keer++)
        {
            (await fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, new(1, 100)))).Items
                .Should().Contain(a => a.Id == vanMee).And.Contain(a => a.Id == vanSigma);
            var alsSigma = await AlsAsync(Sigma, () => fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, new(1, 100))));
            alsSigma.Items.Should().Contain(a => a.Id == vanSigma).And.NotContain(a => a.Id == vanMee);
        }
    }

    [Fact]
    public async Task De_verzoekpool_geeft_een_verbinding_terug_zonder_reset()
    {
        var db = Intake();
        int backend;
        await using (var eerste = await db.OpenAsync(Sigma, CancellationToken.None))
        {
            backend = eerste.ProcessID;
            await eerste.ExecuteAsync("select set_config('nsd.proef', 'blijft', false)");
        }

        await using var tweede = await db.OpenAsync(Sigma, CancellationToken.None);

        tweede.ProcessID.Should().Be(backend, "one connection was idle in the pool");
        (await tweede.ExecuteScalarAsync<string>("select current_setting('nsd.proef', true)"))
            .Should().Be("blijft", "what a request connection sets stays: that is why it may set nothing but the actor (ModuleDb.OpenAsync)");
    }

    [Fact]
    public async Task Een_sessieslot_blijft_niet_achter_in_de_pool_die_reset()
    {
        var db = Intake();
        int backend;
        await using (var eerste = await db.OpenSessieAsync(Actor.Systeem, CancellationToken.None))
        {
            backend = eerste.ProcessID;
            (await eerste.ExecuteScalarAsync<bool>("select pg_try_advisory_lock(24024)")).Should().BeTrue();
            // Given back without pg_advisory_unlock, as a failure between the lock and the unlock would.
        }

        await using var tweede = await db.OpenSessieAsync(Actor.Systeem, CancellationToken.None);

        tweede.ProcessID.Should().Be(backend, "one connection was idle in the pool");
        (await tweede.ExecuteScalarAsync<long>("select count(*) from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()"))
            .Should().Be(0, "the reset (pg_advisory_unlock_all) went before the next command");
        (await tweede.ExecuteScalarAsync<string>("select current_setting('nsd.alle_organisaties', true)")).Should().Be("aan");
    }

    [Fact]
    public async Task Na_het_afleveren_houdt_geen_verbinding_een_adviesslot_vast()
    {
        await AlsAsync(Mee, RegistreerAsync);
        await AlsAsync(Sigma, RegistreerAsync);

        (await fixture.DispatchOutboxesAsync()).Should().BePositive();

        (await fixture.ScalarAsync<long>(
            "select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and a.datname = current_database()"))
            .Should().Be(0, "every handler queue's lock was given back");
    }

    private ModuleDb Intake() => fixture.Services.GetServices<ModuleDb>().Single(db => db.Schema == "intake");

    private Task<Guid> RegistreerAsync() =>
        fixture.SendAsync(new RegistreerAanmelding.Command("website-formulier", "voorliggend-veld", "Signaal", null, "normaal", null, null, true, true));

    private async Task<T> AlsAsync<T>(Actor actor, Func<Task<T>> werk)
    {
        var vorige = fixture.Actor;
        fixture.Actor = actor;
        try
        {
            return await werk();
        }
        finally
        {
            fixture.Actor = vorige;
        }
    }
}
