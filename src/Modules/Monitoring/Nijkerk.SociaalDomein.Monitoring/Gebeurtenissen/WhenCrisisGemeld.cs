using MediatR;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>An aanmelding with urgentie crisis: counted as a crisis under the question's dimensions.</summary>
internal sealed partial class IntakeTeller : INotificationHandler<CrisisGemeld>
{
    public async Task Handle(CrisisGemeld notification, CancellationToken cancellationToken)
    {
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        boekhouding.Boek(notification.OccurredAt, dimensies, Maat.Crisis);
    }
}
