using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// Runs one dispatch loop per module with an outbox. One connection per host listens on every module's channel
/// and wakes only the module whose channel PostgreSQL notified (a command of that module committed an event);
/// the other loops sleep on. A loop with a retry waiting sleeps until its backoff has passed; the poll interval
/// (<c>Outbox:PollMilliseconds</c>) is a fallback for a lost listener. <c>Outbox:Enabled=false</c> turns it off.
/// </summary>
public sealed class OutboxDispatcherService(
    IEnumerable<ModuleDb> dbs, ModuleRegistry registry, OutboxDispatcher dispatcher, TimeProvider clock, IConfiguration configuration,
    ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    // A fallback only: a notification wakes the module at once and a retry wakes it when its backoff has passed.
    private readonly TimeSpan poll = TimeSpan.FromMilliseconds(configuration.GetValue("Outbox:PollMilliseconds", 10000));

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Outbox:Enabled", true))
        {
            return Task.CompletedTask;
        }

        var withOutbox = dbs.Where(db => !registry.Modules.Single(m => m.Schema == db.Schema).AlleenToevoegen).ToList();
        var alarms = withOutbox.ToDictionary(db => OutboxDispatcher.ChannelOf(db.Schema), _ => new Wekker());
        return Task.WhenAll([
            ListenAsync(withOutbox[0], alarms, stoppingToken),
            .. withOutbox.Select(db => RunAsync(db, alarms[OutboxDispatcher.ChannelOf(db.Schema)], stoppingToken)),
        ]);
    }

    private async Task ListenAsync(ModuleDb db, Dictionary<string, Wekker> alarms, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // LISTEN needs no rights on a schema, so one module's role listens for them all.
                await using var listener = await db.OpenSessieAsync(null, stoppingToken);
                listener.Notification += (_, e) =>
                {
                    if (alarms.TryGetValue(e.Channel, out var alarm))
                    {
                        alarm.Wek();
                    }
                };
                await using (var listen = new NpgsqlCommand(string.Concat(alarms.Keys.Select(channel => $"listen {channel};")), listener))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever was committed while no one listened.
                foreach (var alarm in alarms.Values)
                {
                    alarm.Wek();
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await listener.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox listener stopped; starting again shortly");
                await Task.Delay(poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task RunAsync(ModuleDb db, Wekker alarm, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(db, stoppingToken);
                var retry = await dispatcher.NextDueAsync(db, stoppingToken) - clock.GetUtcNow();
                await alarm.WachtAsync(retry is { } due && due < poll ? Max(due, TimeSpan.FromMilliseconds(50)) : poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox dispatcher of {Schema} stopped; starting again shortly", db.Schema);
                await Task.Delay(poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Wakes one module's loop; wakes that arrive while it works fold into one more round.</summary>
    private sealed class Wekker
    {
        private readonly SemaphoreSlim signal = new(0, 1);

        public void Wek()
        {
            // Under load most notifications find it signalled already: a refused release is an exception, which cost
            // more than the wake itself.
            if (signal.CurrentCount > 0)
            {
                return;
            }

            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake or about to be: one round handles everything committed so far.
            }
        }

        public Task WachtAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
    }
}
