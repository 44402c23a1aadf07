using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>
/// The team laid it back: it counts as laid back, and the aanmelding returns to the loket's werkvoorraad with the reason
/// until the loket routes it anew or closes it (ADR 0020). The aanmelding's own status stays doorgezet.
/// </summary>
internal sealed class WhenOverdrachtTeruggelegd(CommandSession session, IMediator mediator) : INotificationHandler<OverdrachtTeruggelegd>
{
    private const string Zet = """
        update intake.aanmelding_overdracht
        set teruggelegd_op = @OccurredAt, reden = @Reden, reden_omschrijving = @RedenOmschrijving, toelichting = @Toelichting
        where overdracht_id = @OverdrachtId
        """;

    public async Task Handle(OverdrachtTeruggelegd notification, CancellationToken cancellationToken)
    {
        await OverdrachtVanAanmelding.ZorgVoorAsync(
            session, mediator, notification.OverdrachtId, notification.AanmeldingId, notification.TeamCode, notification.PartnerOrganisatie, cancellationToken);
        await session.ExecuteAsync(Zet, notification);
    }
}
