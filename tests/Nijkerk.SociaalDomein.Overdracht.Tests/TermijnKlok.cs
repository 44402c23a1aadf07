using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Termijnen;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>A clock the test sets by hand: the term guard and the validators ask it what time it is.</summary>
internal sealed class TermijnKlok : TimeProvider
{
    public static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private DateTimeOffset nu = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => nu;

    public void Zet(DateTimeOffset moment) => nu = moment.ToUniversalTime();

    /// <summary>A moment on the Dutch wall clock (CET or CEST, whichever applies that day).</summary>
    public static DateTimeOffset Nederlands(int jaar, int maand, int dag, int uur) =>
        new(jaar, maand, dag, uur, 0, 0, Nederland.GetUtcOffset(new DateTime(jaar, maand, dag, uur, 0, 0)));
}

/// <summary>The modules on a database of their own, with a clock the test sets; overdrachten offered straight into the table.</summary>
public sealed class TermijnFixture : SliceFixture
{
    internal TermijnKlok Klok { get; } = new();

    /// <summary>Another host on the same database, with the same clock: for two term guards at once.</summary>
    public ServiceProvider NogEenHost() => TestDatabases.Services(ConnectionString, Configure);

    /// <summary>Offers an overdracht as the offer handler would: with the term <see cref="Termijn"/> gives it.</summary>
    internal async Task<Guid> BiedAanAsync(DateTimeOffset aangeboden, string team = "wmo", string? partner = null, Guid? inwoner = null)
    {
        var id = Guid.CreateVersion7();
        aangeboden = aangeboden.ToUniversalTime();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var verlooptOp = await Termijn.VerlooptOpAsync(connection, null, team, partner, aangeboden);
        await connection.ExecuteAsync(
            """
            insert into overdracht.overdracht (id, aanmelding_id, inwoner_id, inwoner_naam, team_code, partner_organisatie, expertises,
                samenvatting, status, aangeboden_op, verloopt_op)
            values (@id, @aanmelding, @inwoner, 'Test Inwoner', @team, @partner, array['wmo-2015'], 'Hulp bij het huishouden', 'aangeboden',
                @aangeboden, @verlooptOp)
            """,
            new { id, aanmelding = Guid.CreateVersion7(), inwoner = inwoner ?? Guid.CreateVersion7(), team, partner, aangeboden, verlooptOp });
        return id;
    }

    /// <summary>One round of the term guard on <paramref name="host"/> (this fixture's by default), as the hosted service sends it.</summary>
    internal async Task<VerloopOverdrachten.Resultaat> VerloopAsync(IServiceProvider? host = null)
    {
        await using var scope = (host ?? Services).CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = BuildingBlocks.Toegang.Actor.Systeem;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new VerloopOverdrachten.Command());
    }

    public Task<string> StatusAsync(Guid id) => ScalarAsync<string>("select status from overdracht.overdracht where id = @id", new { id });

    public Task<DateTimeOffset> VerlooptOpAsync(Guid id) =>
        ScalarAsync<DateTimeOffset>("select verloopt_op from overdracht.overdracht where id = @id", new { id });

    public Task<long> EventsAsync(Guid id) => ScalarAsync<long>(
        "select count(*) from overdracht.outbox where type like '%OverdrachtVerlopen' and payload->>'overdrachtId' = @id",
        new { id = id.ToString() });

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(Klok);
}
