using MediatR;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>The team laid the overdracht back (facet team): the kastje-muur count. The reason and its explanation stay in Overdracht.</summary>
internal sealed partial class OverdrachtTeller : INotificationHandler<OverdrachtTeruggelegd>
{
    public async Task Handle(OverdrachtTeruggelegd notification, CancellationToken cancellationToken)
    {
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        boekhouding.Boek(notification.OccurredAt, dimensies, Maat.OverdrachtTeruggelegd, (Facet.Team, notification.TeamCode));
    }
}
