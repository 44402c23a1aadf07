using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Host.Telemetrie;

/// <summary>
/// What the gauges show, read when a metric reader collects (so not at all when nothing exports) and kept for
/// <c>Telemetrie:PeilSeconden</c> (default 15), so the instruments of one collection share one reading. The outboxes
/// are read by <see cref="OutboxStanden"/>; the overdue overdrachten are asked of
/// the Overdracht module through its Contracts query, never from its schema. Counts and ages only: nothing names anyone.
/// A failed reading yields no values (the gauge is then absent, not zero) and is tried again at the next collection.
/// </summary>
public sealed class Peiling(
    OutboxStanden outbox, IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<Peiling> logger)
{
    private readonly TimeSpan geldig = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Telemetrie:PeilSeconden", 15)));
    private readonly Lock slot = new();
    private Stand? laatste;

    /// <summary>The latest reading, read anew when older than the configured period. Called from a metric callback.</summary>
    public Stand Lees()
    {
        lock (slot)
        {
            if (laatste is { } stand && clock.GetUtcNow() - stand.Op < geldig)
            {
                return stand;
            }

            try
            {
                // On the thread pool: a metric callback is synchronous and may run on a thread with a synchronization context.
                laatste = Task.Run(LeesAsync).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                logger.LogWarning("De stand voor de telemetrie kon niet gelezen worden: {Fout}", e.GetType().Name);
                laatste = new Stand(clock.GetUtcNow(), [], []);
            }

            return laatste;
        }
    }

    private async Task<Stand> LeesAsync()
    {
        using var limiet = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return new Stand(clock.GetUtcNow(), await outbox.LeesAsync(limiet.Token), await VerlopenAsync(limiet.Token));
    }

    private async Task<IReadOnlyList<VerlopenPerTeam>> VerlopenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TelVerlopenOverdrachten(), cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogWarning("De verlopen overdrachten konden niet geteld worden: {Fout}", e.GetType().Name);
            return [];
        }
    }

    /// <summary>One reading: when, each outbox module's state, the overdue overdrachten per team.</summary>
    public sealed record Stand(DateTimeOffset Op, IReadOnlyList<OutboxStand> Outbox, IReadOnlyList<VerlopenPerTeam> Verlopen);
}
