using System.Collections.Concurrent;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// API keys (by the SHA-256 the store keeps, never the key) and staff accounts, held in memory for a short while
/// (<c>Toegang:GeheugenSeconden</c>, 30; 0 turns it off) so a request does not look them up again. A change is
/// announced by the database on <see cref="Kanaal"/> (migration 0002) and <see cref="ToegangLuisteraar"/> forgets
/// the entry at once; the host that made the change forgets it before it answers. Nothing is held while the listener
/// is not listening, and everything is forgotten when it starts listening again, so a notification lost on a broken
/// connection costs nothing; the time limit is the last backstop. Only what the database found is held: an unknown
/// key is never remembered (it is rate limited by address instead), so guessing cannot fill the memory, and each map
/// holds at most <see cref="Maximum"/> entries.
/// </summary>
public sealed class Toegangsgeheugen(IConfiguration configuration, TimeProvider clock)
{
    public const string Kanaal = "toegang_gewijzigd";

    /// <summary>More than any municipality has keys or staff: past it, a lookup simply goes to the database.</summary>
    public const int Maximum = 10_000;

    private readonly TimeSpan duur = TimeSpan.FromSeconds(configuration.GetValue("Toegang:GeheugenSeconden", 30));
    private readonly ConcurrentDictionary<string, Item<ApiClient>> sleutels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, Item<Gebruiker>> gebruikers = new();
    private readonly Lock schrijven = new();

    /// <summary>
    /// An account was changed (its id), or anything may have changed (null: a notification not understood, or the
    /// listener listens again after a gap). What holds a staff member's sign-in open without asking again, such as
    /// a screen's crisis banner stream, ends then, so the next request checks the account.
    /// </summary>
    public event Action<Guid?>? GebruikerGewijzigd;

    // Raised by every forgetting: a lookup that began before it does not store what it read.
    private long generatie;
    private volatile bool luistert;

    /// <summary>Whether the memory is in use at all (a time above zero); the listener runs only then.</summary>
    public bool Ingeschakeld => duur > TimeSpan.Zero;

    /// <summary>Whether lookups are held now: switched on and the listener listening.</summary>
    public bool InGebruik => Ingeschakeld && luistert;

    public Task<ApiClient?> SleutelAsync(byte[] hash, Func<Task<ApiClient?>> zoek) =>
        HaalAsync(sleutels, Convert.ToHexString(hash), zoek);

    public Task<Gebruiker?> GebruikerAsync(Guid id, Func<Task<Gebruiker?>> zoek) =>
        HaalAsync(gebruikers, id, zoek);

    /// <summary>Forgets what one notification names (<c>api_client:{id}</c>, <c>gebruiker:{id}</c>); anything else, everything.</summary>
    public void Verwerk(string melding)
    {
        var deel = melding.Split(':', 2);
        if (deel.Length == 2 && Guid.TryParse(deel[1], out var id))
        {
            switch (deel[0])
            {
                case "api_client":
                    VergeetSleutel(id);
                    return;
                case "gebruiker":
                    VergeetGebruiker(id);
                    return;
            }
        }

        Vergeet(() => { sleutels.Clear(); gebruikers.Clear(); });
        GebruikerGewijzigd?.Invoke(null);
    }

    public void VergeetSleutel(Guid clientId) => Vergeet(() =>
    {
        foreach (var (hash, item) in sleutels)
        {
            if (item.Waarde.Id == clientId)
            {
                sleutels.TryRemove(hash, out _);
            }
        }
    });

    public void VergeetGebruiker(Guid id)
    {
        Vergeet(() => gebruikers.TryRemove(id, out _));
        GebruikerGewijzigd?.Invoke(id);
    }

    /// <summary>The listener listens (again): what changed while it did not is not known, so everything is forgotten.</summary>
    internal void Luistert()
    {
        Vergeet(() =>
        {
            sleutels.Clear();
            gebruikers.Clear();
            luistert = true;
        });
        GebruikerGewijzigd?.Invoke(null);
    }

    /// <summary>The listener lost its connection: until it listens again every lookup goes to the database.</summary>
    internal void LuistertNiet() => Vergeet(() =>
    {
        luistert = false;
        sleutels.Clear();
        gebruikers.Clear();
    });

    internal int Aantal => sleutels.Count + gebruikers.Count;

    private void Vergeet(Action actie)
    {
        lock (schrijven)
        {
            generatie++;
            actie();
        }
    }

    private async Task<T?> HaalAsync<TKey, T>(ConcurrentDictionary<TKey, Item<T>> items, TKey sleutel, Func<Task<T?>> zoek)
        where TKey : notnull
        where T : class
    {
        if (!InGebruik)
        {
            return await zoek();
        }

        var nu = clock.GetUtcNow();
        if (items.TryGetValue(sleutel, out var item) && item.Tot > nu)
        {
            return item.Waarde;
        }

        long begin;
        lock (schrijven)
        {
            begin = generatie;
        }

        var gevonden = await zoek();
        if (gevonden is null)
        {
            return null;
        }

        lock (schrijven)
        {
            // Something was forgotten while the database was asked: what was read may be what was just taken away.
            if (items.Count >= Maximum)
            {
                foreach (var (oud, verlopen) in items)
                {
                    if (verlopen.Tot <= nu)
                    {
                        items.TryRemove(oud, out _);
                    }
                }
            }

            if (begin == generatie && luistert && (items.Count < Maximum || items.ContainsKey(sleutel)))
            {
                items[sleutel] = new Item<T>(gevonden, nu + duur);
            }
        }

        return gevonden;
    }

    private sealed record Item<T>(T Waarde, DateTimeOffset Tot);
}
