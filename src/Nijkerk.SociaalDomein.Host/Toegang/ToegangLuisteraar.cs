using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Npgsql;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// One connection per host that listens on <see cref="Toegangsgeheugen.Kanaal"/> and makes the memory forget a key or
/// an account the moment a change to it commits, on whichever host it was made. The memory is used only while this
/// listens: a broken connection switches it off at once and a new one starts with an empty memory. A connection that
/// hangs without breaking is found by a ping every <see cref="Ping"/>.
/// </summary>
public sealed class ToegangLuisteraar(ModuleDb<ToegangModule> db, Toegangsgeheugen geheugen, ILogger<ToegangLuisteraar> logger) : BackgroundService
{
    public const string Naam = "nsd-toegang-luisteraar";

    private static readonly TimeSpan Ping = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!geheugen.Ingeschakeld)
        {
            return;
        }

        var pogingen = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await db.OpenSessieAsync(null, stoppingToken);
                listener.Notification += (_, e) => geheugen.Verwerk(e.Payload);
                // Named, so it can be found in pg_stat_activity (the pool resets the name when the connection returns).
                await using (var listen = new NpgsqlCommand($"set application_name = '{Naam}'; listen {Toegangsgeheugen.Kanaal}", listener))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                geheugen.Luistert();
                pogingen = 0;
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await listener.WaitAsync(Ping, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("select 1", listener);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                geheugen.LuistertNiet();
                pogingen++;
                logger.LogWarning(e, "Toegang listener lost its connection; keys and accounts are looked up every request until it listens again");
                // Soon the first time (a restarted database, a killed backend), then calmer while the database stays away.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * Math.Pow(2, pogingen - 1), 10_000)), stoppingToken)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                geheugen.LuistertNiet();
            }
        }
    }
}
