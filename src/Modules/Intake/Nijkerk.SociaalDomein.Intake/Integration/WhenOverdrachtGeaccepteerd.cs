using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>Accepted, also after it had expired: it no longer stands out in the loket's werkvoorraad.</summary>
internal sealed class WhenOverdrachtGeaccepteerd(CommandSession session, IMediator mediator) : INotificationHandler<OverdrachtGeaccepteerd>
{
    private const string Zet = "update intake.aanmelding_overdracht set geaccepteerd_op = @OccurredAt where overdracht_id = @OverdrachtId";

    public async Task Handle(OverdrachtGeaccepteerd notification, CancellationToken cancellationToken)
    {
        await OverdrachtVanAanmelding.ZorgVoorAsync(
            session, mediator, notification.OverdrachtId, notification.AanmeldingId, notification.TeamCode, notification.PartnerOrganisatie, cancellationToken);
        await session.ExecuteAsync(Zet, notification);
    }
}
