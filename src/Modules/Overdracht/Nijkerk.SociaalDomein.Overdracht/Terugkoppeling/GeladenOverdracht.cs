using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Overdrachten;

namespace Nijkerk.SociaalDomein.Overdracht.Terugkoppeling;

/// <summary>
/// One overdracht loaded for a step of the closed loop (terugkoppeling, heropening, herroutering), locked in the command's
/// transaction, with what travels on when it is routed anew. A partner's key finds only what row-level security lets it
/// see; a vakspecialist only his own team's. Its state rules are <see cref="Overdrachten.Overdracht"/>'s.
/// </summary>
internal sealed record GeladenOverdracht(
    Overdrachten.Overdracht Overdracht, Guid? VraagverhelderingId, string? InwonerNaam, string[] Expertises, string Hulpvragen,
    string Samenvatting, bool Meervoudig)
{
    private const string Laad = """
        select id as Id, aanmelding_id as AanmeldingId, vraagverheldering_id as VraagverhelderingId, inwoner_id as InwonerId,
               inwoner_naam as InwonerNaam, team_code as TeamCode, partner_organisatie as PartnerOrganisatie, expertises as Expertises,
               hulpvragen::text as Hulpvragen, samenvatting as Samenvatting, meervoudig as Meervoudig, status as Status, versie as Versie
        from overdracht.overdracht where id = @Id for update
        """;

    private const string Stap = """
        insert into overdracht.overdracht_stap (id, overdracht_id, soort, op, door, door_naam, reden, toelichting)
        values (@Id, @OverdrachtId, @Soort, @Op, @Door, @DoorNaam, @Reden, @Toelichting)
        """;

    public static async Task<GeladenOverdracht> LaadAsync(CommandSession session, Guid id, Actor actor, bool alleenEigenTeam)
    {
        var rij = await session.QuerySingleOrDefaultAsync<Rij>(Laad, new { Id = id });
        if (rij is null || (alleenEigenTeam && Zichtbaarheid.TeamsVan(actor) is { } teams && !teams.Contains(rij.TeamCode)))
        {
            throw new NietGevondenException("Er is geen overdracht met deze id.");
        }

        return new GeladenOverdracht(
            new Overdrachten.Overdracht(rij.Id, rij.AanmeldingId, rij.InwonerId, rij.TeamCode, rij.PartnerOrganisatie, rij.Status, rij.Versie),
            rij.VraagverhelderingId, rij.InwonerNaam, rij.Expertises, rij.Hulpvragen, rij.Samenvatting, rij.Meervoudig);
    }

    /// <summary>A step on the overdracht's record: what was done, by whom, and why.</summary>
    public static Task StapAsync(
        CommandSession session, Guid overdrachtId, string soort, DateTimeOffset op, Actor door, string? reden, string? toelichting) =>
        session.ExecuteAsync(Stap, new
        {
            Id = Guid.CreateVersion7(),
            OverdrachtId = overdrachtId,
            Soort = soort,
            Op = op,
            Door = door.Id,
            DoorNaam = door.Naam,
            Reden = reden,
            Toelichting = toelichting,
        });

    private sealed record Rij(
        Guid Id, Guid AanmeldingId, Guid? VraagverhelderingId, Guid? InwonerId, string? InwonerNaam, string TeamCode, string? PartnerOrganisatie,
        string[] Expertises, string Hulpvragen, string Samenvatting, bool Meervoudig, string Status, int Versie);
}
