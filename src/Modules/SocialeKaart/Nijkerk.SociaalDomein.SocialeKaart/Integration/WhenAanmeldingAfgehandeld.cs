using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Integration;

/// <summary>
/// Counts each voorziening the loket pointed an inhabitant to. The row also pins the voorziening: its foreign key
/// makes a voorziening that was ever pointed to impossible to delete, only to archive.
/// </summary>
internal sealed class WhenAanmeldingAfgehandeld(CommandSession session) : INotificationHandler<AanmeldingAfgehandeld>
{
    // An id the kaart does not know (mistyped by an integrator) is skipped rather than blocking the module's queue.
    private const string Insert = """
        insert into sociale_kaart.verwijzing (event_id, voorziening_id, verwezen_op)
        select @EventId, v.id, @OccurredAt from sociale_kaart.voorziening v where v.id = any(@VoorzieningIds)
        on conflict do nothing
        """;

    public Task Handle(AanmeldingAfgehandeld notification, CancellationToken cancellationToken) =>
        session.ExecuteAsync(Insert, new { notification.EventId, notification.OccurredAt, VoorzieningIds = notification.VoorzieningIds.ToArray() });
}
