using MediatR;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>The loket handed the question on to vraagverheldering: counted as doorgezet (the question's words stay in Intake).</summary>
internal sealed partial class IntakeTeller : INotificationHandler<AanmeldingDoorgezet>
{
    public async Task Handle(AanmeldingDoorgezet notification, CancellationToken cancellationToken)
    {
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        boekhouding.Boek(notification.OccurredAt, dimensies, Maat.Doorgezet);
    }
}
