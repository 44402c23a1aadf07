using MediatR;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// The help of an overdracht was given and reported back (facet team); the result text stays in Overdracht.
/// </summary>
/// <remarks>
/// OverdrachtHeropend has no handler, on purpose: no kerncijfer of issue 14 asks for reopenings, the cube has no column for
/// them, and the overdracht stays counted as offered (and its question as overgedragen) as it was. When it is reported
/// back again, that afronding counts once more here: OverdrachtAfgerond counts afrondingen, not overdrachten.
/// </remarks>
internal sealed partial class OverdrachtTeller : INotificationHandler<OverdrachtAfgerond>
{
    public async Task Handle(OverdrachtAfgerond notification, CancellationToken cancellationToken)
    {
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        boekhouding.Boek(notification.OccurredAt, dimensies, Maat.OverdrachtAfgerond, (Facet.Team, notification.TeamCode));
    }
}
