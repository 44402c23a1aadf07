using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// The term guard: every <c>Overdracht:Termijnbewaking:IntervalSeconden</c> (default 60) it lets the overdrachten whose
/// term has passed expire, as the system, through the same command a test sends. Every host runs it; the command makes
/// that safe. <c>Overdracht:Termijnbewaking:Enabled=false</c> turns it off on a host.
/// </summary>
internal sealed class Termijnbewaking(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<Termijnbewaking> logger)
    : BackgroundService
{
    private readonly TimeSpan interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Overdracht:Termijnbewaking:IntervalSeconden", 60)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Overdracht:Termijnbewaking:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RondeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next tick tries again; an overdracht waits at most one interval longer.
                logger.LogError(e, "De termijnbewaking van overdrachten is mislukt; de volgende ronde probeert het opnieuw");
            }
        }
        while (await Wacht(timer, stoppingToken));
    }

    private async Task RondeAsync(CancellationToken stoppingToken)
    {
        int verlopen;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            if (await mediator.Send(new TelTeVerlopen.Query(), stoppingToken) == 0)
            {
                return;
            }

            verlopen = (await mediator.Send(new VerloopOverdrachten.Command(), stoppingToken)).Overdrachten.Count;
            if (verlopen > 0)
            {
                logger.LogInformation("{Aantal} overdracht(en) verlopen", verlopen);
            }
        }
        while (verlopen == VerloopOverdrachten.Partij && !stoppingToken.IsCancellationRequested);
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
