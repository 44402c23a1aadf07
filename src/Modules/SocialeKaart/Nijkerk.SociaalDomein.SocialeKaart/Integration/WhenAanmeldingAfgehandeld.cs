using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Integration;

/// <summary>
/// Counts each voorziening the loket pointed an inhabitant to. The row also pins the voorziening: its foreign key
/// makes a voorziening that was ever pointed to impossible to delete, only to archive. Nothing here needs its answer, so it
/// goes with the unit's closing writes: a run of events (ADR 0024) writes all its rows in the commit's round trip.
/// </summary>
internal sealed class WhenAanmeldingAfgehandeld(CommandSession session) : INotificationHandler<AanmeldingAfgehandeld>
{
    // An id the kaart does not know (mistyped by an integrator) is skipped rather than blocking the module's queue.
    private const string Insert = """
        insert into sociale_kaart.verwijzing (event_id, voorziening_id, verwezen_op)
        select $1, v.id, $2 from sociale_kaart.voorziening v where v.id = any($3)
        on conflict do nothing
        """;

    public Task Handle(AanmeldingAfgehandeld notification, CancellationToken cancellationToken)
    {
        if (notification.VoorzieningIds.Count > 0)
        {
            session.BijAfsluiten(Insert, notification.EventId, notification.OccurredAt, notification.VoorzieningIds.ToArray());
        }

        return Task.CompletedTask;
    }
}
