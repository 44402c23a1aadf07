using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// A regisseur became the aanspreekpunt of the plan's household: the first aanspreekpunt of the plan's question when it
/// had none. When the plan is not known here yet (its PlanGestart, raised with this event, is handled by another handler
/// in its own order), <see cref="WhenPlanGestart"/> books it; the guard counts it once. Who the regisseur is is not kept.
/// </summary>
internal sealed partial class RegieTeller : INotificationHandler<RegisseurToegewezen>
{
    public async Task Handle(RegisseurToegewezen notification, CancellationToken cancellationToken)
    {
        var vraag = await session.QuerySingleOrDefaultAsync<byte[]>(
            "select vraag from monitoring.plan where sleutel = @Sleutel", new { Sleutel = boekhouding.Sleutel(notification.PlanId) });
        await boekhouding.BoekEersteAanspreekpuntAsync(vraag, notification.OccurredAt);
    }
}
