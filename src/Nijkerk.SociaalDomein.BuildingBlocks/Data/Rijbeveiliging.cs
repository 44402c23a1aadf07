using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// Tells PostgreSQL for whom a module connection works, for the row-level security policies (ADR 0014): a partner's
/// key sees its own organisation's rows, staff, the system and the municipality's own keys see all, and anyone else
/// (no actor, not signed in) sees none. Made sure of on every open, so a pooled connection never carries the previous
/// actor: a connection of the request pool that already carries the same setting is not sent it again (ADR 0024,
/// <see cref="Verzoekverbindingen"/>), every other one is.
/// </summary>
internal static class Rijbeveiliging
{
    private const string Zet =
        "select set_config('nsd.organisatie', @Organisatie, false), set_config('nsd.alle_organisaties', @Alle, false)";

    /// <summary>What the actor's connection must carry: two strings, compared by value.</summary>
    public static Instelling Van(Actor? actor) => actor switch
    {
        null => Niets,
        _ when actor.Id == Actor.Anoniem.Id => Niets,
        { Soort: ActorSoort.ApiClient, Organisatie: { Length: > 0 } organisatie } => new Instelling(organisatie, ""),
        { Soort: ActorSoort.ApiClient, Organisatie: not null } => Niets,
        _ => Alle,
    };

    public static Task ZetAsync(NpgsqlConnection connection, Actor? actor) => ZetAsync(connection, Van(actor));

    public static Task ZetAsync(NpgsqlConnection connection, Instelling instelling) => connection.ExecuteAsync(Zet, instelling);

    private static readonly Instelling Niets = new("", "");

    private static readonly Instelling Alle = new("", "aan");

    /// <summary>The two session settings the policies read.</summary>
    public sealed record Instelling(string Organisatie, string Alle);
}
