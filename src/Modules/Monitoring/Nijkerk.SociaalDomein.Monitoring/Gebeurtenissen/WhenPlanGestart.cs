using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// An ondersteuningsplan started: Monitoring remembers the question it came from (through the vraagverheldering before
/// it; none when a regisseur started it himself) and counts it per team involved. The plan starts with its regisseur
/// (Regie raises RegisseurToegewezen with it, at the same moment): he is the question's first aanspreekpunt when it had
/// none. That is booked here too, because handlers keep no order between them: RegisseurToegewezen may be handled before
/// this plan is known. The guard in <see cref="Boekhouding.BoekEersteAanspreekpuntAsync"/> counts it once either way.
/// </summary>
internal sealed partial class RegieTeller : INotificationHandler<PlanGestart>
{
    public async Task Handle(PlanGestart notification, CancellationToken cancellationToken)
    {
        var vraag = notification.VraagverhelderingId is { } vraagverheldering
            ? await session.QuerySingleOrDefaultAsync<byte[]>(
                "select vraag from monitoring.vraagverheldering where sleutel = @Sleutel", new { Sleutel = boekhouding.Sleutel(vraagverheldering) })
            : null;
        await session.ExecuteAsync(
            "insert into monitoring.plan (sleutel, vraag, gestart_op) values (@Sleutel, @Vraag, @Op) on conflict (sleutel) do nothing",
            new { Sleutel = boekhouding.Sleutel(notification.PlanId), Vraag = vraag, Op = notification.OccurredAt });

        var dimensies = await boekhouding.DimensiesAsync(vraag);
        await boekhouding.BoekAsync(notification.OccurredAt, dimensies, Maat.PlanGestart, 1, notification.Teams.Select(t => (Facet.Team, t)));
        await boekhouding.BoekEersteAanspreekpuntAsync(vraag, notification.OccurredAt);
    }
}
