using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// Tells PostgreSQL for whom a module connection works, for the row-level security policies (ADR 0014): a partner's
/// key sees its own organisation's rows, staff, the system and the municipality's own keys see all, and anyone else
/// (no actor, not signed in) sees none. Set on every open, so a pooled connection never carries the previous actor.
/// </summary>
internal static class Rijbeveiliging
{
    private const string Zet =
        "select set_config('nsd.organisatie', @Organisatie, false), set_config('nsd.alle_organisaties', @Alle, false)";

    public static Task ZetAsync(NpgsqlConnection connection, Actor? actor) =>
        connection.ExecuteAsync(Zet, actor switch
        {
            null => Niets,
            _ when actor.Id == Actor.Anoniem.Id => Niets,
            { Soort: ActorSoort.ApiClient, Organisatie: { Length: > 0 } organisatie } => new Instelling(organisatie, ""),
            { Soort: ActorSoort.ApiClient, Organisatie: not null } => Niets,
            _ => new Instelling("", "aan"),
        });

    private static readonly Instelling Niets = new("", "");

    private sealed record Instelling(string Organisatie, string Alle);
}
