using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>An ijsbreker spent from the pot: the amount in euro is added to Budget under the plan's question.</summary>
internal sealed partial class RegieTeller : INotificationHandler<IjsbrekerBudgetBesteed>
{
    public async Task Handle(IjsbrekerBudgetBesteed notification, CancellationToken cancellationToken)
    {
        var vraag = await session.QuerySingleOrDefaultAsync<byte[]>(
            "select vraag from monitoring.plan where sleutel = @Sleutel", new { Sleutel = boekhouding.Sleutel(notification.PlanId) });
        boekhouding.Boek(notification.OccurredAt, await boekhouding.DimensiesAsync(vraag), Maat.Budget, notification.Bedrag, []);
    }
}
