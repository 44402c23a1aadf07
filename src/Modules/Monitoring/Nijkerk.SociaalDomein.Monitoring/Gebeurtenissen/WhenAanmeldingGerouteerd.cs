using MediatR;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// The loket sent the question to the inwoner's existing aanspreekpunt: counted as gerouteerd, and, when the question had
/// no aanspreekpunt yet, that is its first (with the hours since first contact). Who it landed with is not kept.
/// </summary>
internal sealed partial class IntakeTeller : INotificationHandler<AanmeldingGerouteerd>
{
    public async Task Handle(AanmeldingGerouteerd notification, CancellationToken cancellationToken)
    {
        boekhouding.Boek(notification.OccurredAt, await boekhouding.VraagAsync(notification.AanmeldingId), Maat.Gerouteerd);
        await boekhouding.BoekEersteAanspreekpuntAsync(boekhouding.Sleutel(notification.AanmeldingId), notification.OccurredAt);
    }
}
