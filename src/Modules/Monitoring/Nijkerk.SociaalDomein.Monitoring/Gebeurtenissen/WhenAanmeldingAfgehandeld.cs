using MediatR;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// Answered at first contact: afgeschaald when the loket pointed to voorzieningen of the sociale kaart (each counted,
/// for "voorzieningen pointed to most"), else beantwoord; per leefgebied it touched.
/// </summary>
internal sealed partial class IntakeTeller : INotificationHandler<AanmeldingAfgehandeld>
{
    public async Task Handle(AanmeldingAfgehandeld notification, CancellationToken cancellationToken)
    {
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        var leefgebieden = notification.Leefgebieden.Select(l => (Facet.Leefgebied, l)).ToArray();
        var maat = notification.VoorzieningIds.Count > 0 ? Maat.Afgeschaald : Maat.Beantwoord;
        boekhouding.Boek(notification.OccurredAt, dimensies, maat, leefgebieden);
        if (notification.VoorzieningIds.Count > 0)
        {
            boekhouding.Boek(
                notification.OccurredAt, dimensies, Maat.VoorzieningVerwezen, 1, notification.VoorzieningIds.Select(v => (Facet.Voorziening, v.ToString())));
        }
    }
}
