using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten;

/// <summary>One step in an overdracht's history: what was done, when, by whom (id and name), and why.</summary>
internal sealed record Stap(Guid OverdrachtId, string Soort, DateTimeOffset Op, string Door, string DoorNaam, string? Reden = null, string? Toelichting = null);

/// <summary>An overdracht loaded for a step, with what travels on when the loket routes it anew.</summary>
internal sealed record GeladenOverdracht(
    Overdracht Overdracht, Guid? VraagverhelderingId, string? InwonerNaam, string[] Expertises, string Hulpvragen, string Samenvatting, bool Meervoudig);

/// <summary>Loads and saves the domain object for the commands that take a step on an overdracht, in their transaction.</summary>
internal static class OverdrachtOpslag
{
    public const string NietGevonden = "Er is geen overdracht met deze id.";

    // Locks the row, so two colleagues acting at once cannot both pass the state and version check. Another team's
    // overdracht is not found: a vakspecialist does not learn that it exists.
    private const string Laad = """
        select id as Id, aanmelding_id as AanmeldingId, vraagverheldering_id as VraagverhelderingId, inwoner_id as InwonerId,
               inwoner_naam as InwonerNaam, team_code as TeamCode, partner_organisatie as PartnerOrganisatie, expertises as Expertises,
               hulpvragen::text as Hulpvragen, samenvatting as Samenvatting, meervoudig as Meervoudig, status as Status, versie as Versie
        from overdracht.overdracht where id = @Id
        """;

    private const string Bewaar = "update overdracht.overdracht set status = @Status, versie = @Versie where id = @Id";

    private const string SchrijfStap = """
        insert into overdracht.overdracht_stap (id, overdracht_id, soort, op, door, door_naam, reden, toelichting)
        values (@Id, @OverdrachtId, @Soort, @Op, @Door, @DoorNaam, @Reden, @Toelichting)
        """;

    public static async Task<Overdracht> LaadAsync(CommandSession session, Guid id, Actor actor) =>
        (await LaadMetInhoudAsync(session, id, actor)).Overdracht;

    /// <summary>
    /// The same, with what travels on when it is routed anew (the samenvatting, hulpvragen, expertises). A partner's key
    /// finds only what row-level security lets it see.
    /// </summary>
    public static async Task<GeladenOverdracht> LaadMetInhoudAsync(CommandSession session, Guid id, Actor actor)
    {
        var teams = Zichtbaarheid.TeamsVan(actor);
        var sql = Laad + (teams is null ? "" : " and team_code = any(@Teams)") + " for update";
        var rij = await session.QuerySingleOrDefaultAsync<Rij>(sql, new { Id = id, Teams = teams })
            ?? throw new NietGevondenException(NietGevonden);
        return new GeladenOverdracht(
            new Overdracht(rij.Id, rij.AanmeldingId, rij.InwonerId, rij.TeamCode, rij.PartnerOrganisatie, rij.Status, rij.Versie),
            rij.VraagverhelderingId, rij.InwonerNaam, rij.Expertises, rij.Hulpvragen, rij.Samenvatting, rij.Meervoudig);
    }

    public static Task BewaarAsync(CommandSession session, Overdracht overdracht) =>
        session.ExecuteAsync(Bewaar, new { overdracht.Id, overdracht.Status, overdracht.Versie });

    public static Task StapAsync(CommandSession session, Stap stap) =>
        session.ExecuteAsync(SchrijfStap, new
        {
            Id = Guid.CreateVersion7(), stap.OverdrachtId, stap.Soort, stap.Op, stap.Door, stap.DoorNaam, stap.Reden, stap.Toelichting,
        });

    private sealed record Rij(
        Guid Id, Guid AanmeldingId, Guid? VraagverhelderingId, Guid? InwonerId, string? InwonerNaam, string TeamCode, string? PartnerOrganisatie,
        string[] Expertises, string Hulpvragen, string Samenvatting, bool Meervoudig, string Status, int Versie);
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
