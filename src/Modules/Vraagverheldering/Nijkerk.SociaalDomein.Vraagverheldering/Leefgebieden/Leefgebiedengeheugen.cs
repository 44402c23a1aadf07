using Microsoft.Extensions.Configuration;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;

/// <summary>
/// The active leefgebieden held in memory for a short while (<c>Vraagverheldering:LeefgebiedenSeconden</c>, 10; 0 turns it
/// off), so a request that checks a code (every <c>POST /aanmeldingen</c>, a voorziening, a plan's doel) or shows the names
/// does not read them again (ADR 0024). They change rarely, only through the functioneel beheerder's commands
/// (<see cref="Methoden.WijzigLeefgebied"/>, <see cref="Methoden.VoegMethodeToe"/>), which make this host forget them when
/// their transaction commits; another host reads them again within the time limit. A read that began before a forgetting
/// does not store what it read, so a change is never hidden behind an older read on this host.
/// </summary>
internal sealed class Leefgebiedengeheugen(IConfiguration configuration, TimeProvider clock)
{
    private readonly TimeSpan duur = TimeSpan.FromSeconds(configuration.GetValue("Vraagverheldering:LeefgebiedenSeconden", 10));
    private readonly Lock schrijven = new();
    private volatile Item? item;
    private long generatie;

    public async Task<IReadOnlyList<Leefgebied>> HaalAsync(Func<Task<IReadOnlyList<Leefgebied>>> lees)
    {
        if (duur <= TimeSpan.Zero)
        {
            return await lees();
        }

        var nu = clock.GetUtcNow();
        if (item is { } gehouden && gehouden.Tot > nu)
        {
            return gehouden.Waarde;
        }

        long begin;
        lock (schrijven)
        {
            begin = generatie;
        }

        var gelezen = await lees();
        lock (schrijven)
        {
            if (begin == generatie)
            {
                item = new Item(Array.AsReadOnly(gelezen.ToArray()), nu + duur);
            }
        }

        return gelezen;
    }

    /// <summary>The leefgebieden changed (committed): the next request reads them again.</summary>
    public void Vergeet()
    {
        lock (schrijven)
        {
            generatie++;
            item = null;
        }
    }

    private sealed record Item(IReadOnlyList<Leefgebied> Waarde, DateTimeOffset Tot);
}
