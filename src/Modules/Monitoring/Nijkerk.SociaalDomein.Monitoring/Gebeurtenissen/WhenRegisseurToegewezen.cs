using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// A regisseur became the aanspreekpunt of the plan's household: the first aanspreekpunt of the plan's question unless an
/// earlier one is counted. The plan's start, raised with it and handled before it in this queue, books the same moment
/// already; the guard in <see cref="Boekhouding.BoekEersteAanspreekpuntAsync"/> counts it once. Who the regisseur is is not kept.
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
