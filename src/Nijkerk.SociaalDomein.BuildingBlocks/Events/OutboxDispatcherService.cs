using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// Runs one dispatch loop per module: it drains the outbox, then sleeps until PostgreSQL notifies the module's
/// channel (a command committed an event) or the poll interval passes, whichever comes first. The poll covers
/// a lost listener connection and events whose retry time has come. <c>Outbox:Enabled=false</c> turns it off.
/// </summary>
public sealed class OutboxDispatcherService(
    IEnumerable<ModuleDb> dbs, ModuleRegistry registry, OutboxDispatcher dispatcher, IConfiguration configuration, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    private readonly TimeSpan poll = TimeSpan.FromMilliseconds(configuration.GetValue("Outbox:PollMilliseconds", 2000));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        configuration.GetValue("Outbox:Enabled", true)
            ? Task.WhenAll(dbs.Where(HasOutbox).Select(db => RunAsync(db, stoppingToken)))
            : Task.CompletedTask;

    private bool HasOutbox(ModuleDb db) => !registry.Modules.Single(m => m.Schema == db.Schema).AlleenToevoegen;

    private async Task RunAsync(ModuleDb db, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = await db.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"listen {OutboxDispatcher.ChannelOf(db.Schema)}", listener))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await dispatcher.DispatchDueAsync(db, stoppingToken);
                    await listener.WaitAsync(poll, stoppingToken);
                }
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
}
