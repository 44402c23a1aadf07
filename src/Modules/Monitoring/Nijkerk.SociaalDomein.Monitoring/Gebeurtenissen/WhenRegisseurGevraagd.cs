using MediatR;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// A meervoudige question asks for a regisseur: which combination of teams it needs ("jeugd-onderwijs + werk-inkomen",
/// the codes sorted) is counted as Meervoudig on facet combinatie only. Its facet '' row is not booked here: the
/// vraagverheldering's afronding already counted the question as meervoudig, and counting it again would double it.
/// So the combinatie rows split the meervoudige questions by their teams.
/// </summary>
internal sealed partial class OverdrachtTeller : INotificationHandler<RegisseurGevraagd>
{
    public async Task Handle(RegisseurGevraagd notification, CancellationToken cancellationToken)
    {
        var combinatie = string.Join(" + ", notification.Teams.Distinct().Order(StringComparer.Ordinal));
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        boekhouding.BoekAlleenFacetten(notification.OccurredAt, dimensies, Maat.Meervoudig, 1, [(Facet.Combinatie, combinatie)]);
    }
}
