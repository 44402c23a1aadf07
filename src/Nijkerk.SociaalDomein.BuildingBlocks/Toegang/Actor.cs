namespace Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

public enum ActorSoort
{
    Medewerker,
    ApiClient,
    Systeem,
}

/// <summary>
/// Who is acting: a signed-in member of staff, an API client (a system, possibly of a partner organisation),
/// or the system itself (the outbox dispatcher, start-up). <see cref="Organisatie"/> is set for partners only;
/// <see cref="Gebruikersnaam"/> and <see cref="Teams"/> for staff only (work assigned to "me" or "my team").
/// </summary>
public sealed record Actor(
    string Id, string Naam, ActorSoort Soort, IReadOnlySet<string> Rechten, string? Organisatie = null,
    string? Gebruikersnaam = null, IReadOnlyList<string>? Teams = null)
{
    /// <summary>
    /// The system itself holds every right, whichever modules run: so it is not handed a list that a new module's
    /// rights would be missing from (see <see cref="Mag"/>).
    /// </summary>
    public static readonly Actor Systeem = new("systeem", "Systeem", ActorSoort.Systeem, new HashSet<string>());

    public static readonly Actor Anoniem = new("anoniem", "Niet aangemeld", ActorSoort.Systeem, new HashSet<string>());

    /// <summary>Reference data holds nothing personal: whoever is signed in (staff, key or system) may read it.</summary>
    public bool Mag(string recht) =>
        ReferenceEquals(this, Systeem) || Rechten.Contains(recht) || (recht == Toegang.Rechten.ReferentiegegevensLezen && Id != Anoniem.Id);
}

/// <summary>The actor of the current request or job; the host sets it from the signed-in user or API key.</summary>
public sealed class ActorContext
{
    // The module pools are singletons and cannot ask a scope; they find the actor of the flow that opens a connection
    // here, as HttpContextAccessor does. Whoever sets the actor (every request, every job) sets it for that flow.
    private static readonly AsyncLocal<Actor?> VanDezeStroom = new();

    private Actor huidig = Actor.Anoniem;

    public Actor Huidig
    {
        get => huidig;
        set
        {
            huidig = value;
            VanDezeStroom.Value = value;
        }
    }

    /// <summary>The actor set last in this asynchronous flow; null when none was set, which grants nothing.</summary>
    public static Actor? InDezeStroom => VanDezeStroom.Value;
}
