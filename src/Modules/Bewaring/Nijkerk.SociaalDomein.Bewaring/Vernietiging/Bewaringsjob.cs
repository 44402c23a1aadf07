using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Nijkerk.SociaalDomein.Bewaring.Vernietiging;

/// <summary>
/// The daily retention job: every <c>Bewaring:Vernietiging:IntervalUren</c> (default 24) one <see cref="Bewaringsronde"/>,
/// on the injected clock. Every host runs it; the round's advisory lock lets one at a time do the work.
/// <c>Bewaring:Vernietiging:Enabled=false</c> turns it off on a host.
/// </summary>
internal sealed class Bewaringsjob(Bewaringsronde ronde, TimeProvider clock, IConfiguration configuration, ILogger<Bewaringsjob> logger) : BackgroundService
{
    private readonly TimeSpan interval = TimeSpan.FromHours(Math.Max(1.0 / 3600, configuration.GetValue("Bewaring:Vernietiging:IntervalUren", 24.0)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Bewaring:Vernietiging:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                var uitkomst = await ronde.RondeAsync(stoppingToken);
                if (uitkomst.Gedraaid)
                {
                    // A list's id only when there was one: "geen" reads better in the log than an empty value.
                    logger.LogInformation(
                        "Bewaringsronde: {Outbox} outboxrij(en) en {Inbox} inboxrij(en) opgeschoond, lijst uitgevoerd: {Uitgevoerd}, voorgesteld: {Voorgesteld}",
                        uitkomst.Opgeschoond!.Outbox, uitkomst.Opgeschoond.Inbox, uitkomst.Uitgevoerd?.ToString() ?? "geen",
                        uitkomst.Voorgesteld?.ToString() ?? "geen");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next round tries again; a list that stopped halfway is finished then (each module's command is idempotent).
                logger.LogError(e, "De bewaringsronde is mislukt; de volgende ronde probeert het opnieuw");
            }
        }
        while (await Wacht(timer, stoppingToken));
    }

    private static async Task<bool> Wacht(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
