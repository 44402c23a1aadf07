using MediatR;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>Nobody accepted the overdracht within its term (facet team).</summary>
internal sealed partial class OverdrachtTeller : INotificationHandler<OverdrachtVerlopen>
{
    public async Task Handle(OverdrachtVerlopen notification, CancellationToken cancellationToken)
    {
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        boekhouding.Boek(notification.OccurredAt, dimensies, Maat.OverdrachtVerlopen, (Facet.Team, notification.TeamCode));
    }
}
