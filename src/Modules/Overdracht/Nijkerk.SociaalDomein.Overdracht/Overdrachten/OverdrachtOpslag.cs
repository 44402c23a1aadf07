using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten;

/// <summary>One step in an overdracht's history: what was done, when, by whom (id and name), and why.</summary>
internal sealed record Stap(Guid OverdrachtId, string Soort, DateTimeOffset Op, string Door, string DoorNaam, string? Reden = null, string? Toelichting = null);

/// <summary>Loads and saves the domain object for the commands that take a step on an overdracht, in their transaction.</summary>
internal static class OverdrachtOpslag
{
    public const string NietGevonden = "Er is geen overdracht met deze id.";

    // Locks the row, so two colleagues acting at once cannot both pass the state and version check. Another team's
    // overdracht is not found: a vakspecialist does not learn that it exists.
    private const string Laad = """
        select id as Id, aanmelding_id as AanmeldingId, inwoner_id as InwonerId, team_code as TeamCode,
               partner_organisatie as PartnerOrganisatie, status as Status, versie as Versie
        from overdracht.overdracht where id = @Id
        """;

    private const string Bewaar = "update overdracht.overdracht set status = @Status, versie = @Versie where id = @Id";

    private const string SchrijfStap = """
        insert into overdracht.overdracht_stap (id, overdracht_id, soort, op, door, door_naam, reden, toelichting)
        values (@Id, @OverdrachtId, @Soort, @Op, @Door, @DoorNaam, @Reden, @Toelichting)
        """;

    public static async Task<Overdracht> LaadAsync(CommandSession session, Guid id, Actor actor)
    {
        var teams = Zichtbaarheid.TeamsVan(actor);
        var sql = Laad + (teams is null ? "" : " and team_code = any(@Teams)") + " for update";
        var rij = await session.QuerySingleOrDefaultAsync<Rij>(sql, new { Id = id, Teams = teams })
            ?? throw new NietGevondenException(NietGevonden);
        return new Overdracht(rij.Id, rij.AanmeldingId, rij.InwonerId, rij.TeamCode, rij.PartnerOrganisatie, rij.Status, rij.Versie);
    }

    public static Task BewaarAsync(CommandSession session, Overdracht overdracht) =>
        session.ExecuteAsync(Bewaar, new { overdracht.Id, overdracht.Status, overdracht.Versie });

    public static Task StapAsync(CommandSession session, Stap stap) =>
        session.ExecuteAsync(SchrijfStap, new
        {
            Id = Guid.CreateVersion7(), stap.OverdrachtId, stap.Soort, stap.Op, stap.Door, stap.DoorNaam, stap.Reden, stap.Toelichting,
        });

    private sealed record Rij(Guid Id, Guid AanmeldingId, Guid? InwonerId, string TeamCode, string? PartnerOrganisatie, string Status, int Versie);
}

/// <summary>
/// Which teams' overdrachten an actor reads and acts on (functiescheiding): the loket (who routes) all of them, a
/// vakspecialist or teamleider only his own teams'. A key sees what row-level security lets it: a partner's key its own
/// organisation's, a municipal key all; the system all.
/// </summary>
internal static class Zichtbaarheid
{
    /// <summary>Null when the actor sees every team's; else the teams he may see (none when he has no team).</summary>
    public static string[]? TeamsVan(Actor actor) =>
        actor.Soort != ActorSoort.Medewerker || actor.Mag(OverdrachtRechten.Routeren) ? null : [.. actor.Teams ?? []];
}
