using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>
/// A handover of the aanmelding: it counts for the kastje-muur index. Offered anew after a teruglegging
/// (<see cref="OverdrachtAangeboden.VorigeOverdrachtId"/>), it clears the previous one from the loket's werkvoorraad,
/// because the successor row now points at it.
/// </summary>
internal sealed class WhenOverdrachtAangeboden(CommandSession session, IMediator mediator) : INotificationHandler<OverdrachtAangeboden>
{
    private const string Zet = """
        update intake.aanmelding_overdracht
        set aangeboden_op = @OccurredAt, vorige_overdracht_id = @VorigeOverdrachtId
        where overdracht_id = @OverdrachtId
        """;

    public async Task Handle(OverdrachtAangeboden notification, CancellationToken cancellationToken)
    {
        await OverdrachtVanAanmelding.ZorgVoorAsync(
            session, mediator, notification.OverdrachtId, notification.AanmeldingId, notification.TeamCode, notification.PartnerOrganisatie, cancellationToken);
        await session.ExecuteAsync(Zet, notification);
    }
}
