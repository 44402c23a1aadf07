using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Npgsql;

namespace Nijkerk.SociaalDomein.Host.Shared;

/// <summary>
/// What the crisis banner shows now, for every open screen of this host. <see cref="CrisisbalkLuisteraar"/> sets it,
/// once per change; each screen's stream (<see cref="Crisisstroom"/>) reads it and waits for the next, without the
/// database.
/// </summary>
public sealed class Crisisbalk
{
    private readonly Lock slot = new();
    private Stand? huidig;
    private TaskCompletionSource<Stand> volgende = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>An overzicht and its fingerprint (<see cref="Crisisstand"/>): what a screen compares with what it shows.</summary>
    public sealed record Stand(Crisisoverzicht Overzicht, string Vingerafdruk);

    /// <summary>The banner now (null until it is first read), and a task that completes when it next changes.</summary>
    public (Stand? Huidig, Task<Stand> Volgende) Kijk()
    {
        lock (slot)
        {
            return (huidig, volgende.Task);
        }
    }

    /// <summary>Keeps a freshly read overzicht; wakes the screens only when what they show changes.</summary>
    internal bool Zet(Crisisoverzicht overzicht)
    {
        var stand = new Stand(overzicht, Crisisstand.Van(overzicht));
        TaskCompletionSource<Stand> gewekt;
        lock (slot)
        {
            var vorig = huidig;
            huidig = stand;
            if (vorig?.Vingerafdruk == stand.Vingerafdruk)
            {
                return false;
            }

            gewekt = volgende;
            volgende = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        gewekt.SetResult(stand);
        return true;
    }
}

/// <summary>
/// One <c>LISTEN</c> per host on <see cref="Kanaal"/>, which Intake notifies in the transaction of every change to a
/// crisis aanmelding or a dienst (migration 0008). Each notification (however many arrive meanwhile) reads the
/// overzicht once, as the system, and hands it to <see cref="Crisisbalk"/>. It reads again when a dienst begins or
/// ends, and every few minutes in case a notification was lost (<c>Crisisbalk:VerversSeconden</c>).
/// </summary>
internal sealed class CrisisbalkLuisteraar(
    Crisisbalk balk, ModuleDb<IntakeModule> db, IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<CrisisbalkLuisteraar> logger)
    : BackgroundService
{
    public const string Kanaal = "nsd_crisisbalk";

    private readonly TimeSpan verversen = TimeSpan.FromSeconds(configuration.GetValue("Crisisbalk:VerversSeconden", 300));
    private readonly SemaphoreSlim wekker = new(0, 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(LuisterAsync(stoppingToken), LeesAsync(stoppingToken));

    private void Wek()
    {
        try
        {
            wekker.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: the next read sees everything committed so far.
        }
    }

    private async Task LuisterAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // LISTEN reads no table, so it needs no actor.
                await using var verbinding = await db.OpenSessieAsync(Actor.Systeem, stoppingToken);
                verbinding.Notification += (_, _) => Wek();
                await using (var listen = new NpgsqlCommand($"listen {Kanaal}", verbinding))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever was committed while no one listened.
                Wek();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await verbinding.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "De luisteraar van de crisisbalk stopte; hij begint zo opnieuw");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task LeesAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var overzicht = await LeesOverzichtAsync(stoppingToken);
                balk.Zet(overzicht);
                var wacht = verversen;
                if (overzicht.VolgendeDienstwissel is { } wissel && wissel - clock.GetUtcNow() < wacht)
                {
                    // Just past the moment, so the dienst that begins then is counted in.
                    wacht = Max(wissel - clock.GetUtcNow(), TimeSpan.Zero) + TimeSpan.FromMilliseconds(50);
                }

                await wekker.WaitAsync(wacht, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "De crisisbalk kon niet worden gelezen; opnieuw over vijf seconden");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<Crisisoverzicht> LeesOverzichtAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GeefOpenCrisismeldingen(), cancellationToken);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

internal static class CrisisbalkSetup
{
    /// <summary>The crisis banner pushed to the open screens: what it shows now, and the one listener that keeps it.</summary>
    public static IServiceCollection AddCrisisbalk(this IServiceCollection services)
    {
        services.AddSingleton<Crisisbalk>();
        services.AddSingleton<Crisisstroom>();
        services.AddHostedService<CrisisbalkLuisteraar>();
        return services;
    }
}
