using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>
/// The row Intake keeps per overdracht of an aanmelding (migration 0007, ADR 0020). Each of Overdracht's events has its
/// own delivery queue, so an acceptance may arrive before its offer: whichever comes first creates the row, with the
/// team's name as the loket reads it; each handler then sets only its own facts.
/// </summary>
internal static class OverdrachtVanAanmelding
{
    private const string Maak = """
        insert into intake.aanmelding_overdracht (overdracht_id, aanmelding_id, team_code, team_naam, partner_organisatie)
        values (@OverdrachtId, @AanmeldingId, @TeamCode, @TeamNaam, @PartnerOrganisatie)
        on conflict (overdracht_id) do nothing
        """;

    public static async Task ZorgVoorAsync(
        CommandSession session, IMediator mediator, Guid overdrachtId, Guid aanmeldingId, string teamCode, string? partnerOrganisatie,
        CancellationToken cancellationToken)
    {
        var teams = await mediator.Send(new GeefTeams(), cancellationToken);
        var teamNaam = teams.FirstOrDefault(t => t.Code == teamCode)?.Naam ?? teamCode;
        await session.ExecuteAsync(Maak, new { OverdrachtId = overdrachtId, AanmeldingId = aanmeldingId, TeamCode = teamCode, TeamNaam = teamNaam, PartnerOrganisatie = partnerOrganisatie });
    }
}
