using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// An overdracht was offered: Monitoring remembers its question and term (so its acceptance can be judged within the term)
/// and counts it per team and per expertise; the question's first overdracht is also counted as OverdrachtEerste (the
/// denominator of overdrachten per aanmelding, the kastje-muur index).
/// </summary>
internal sealed partial class OverdrachtTeller : INotificationHandler<OverdrachtAangeboden>
{
    public async Task Handle(OverdrachtAangeboden notification, CancellationToken cancellationToken)
    {
        // First, before anything is booked: the question's row, made here when Intake's queue has not counted its arrival
        // yet (Boekhouding.VraagAsync), so the first-overdracht guard below finds it whatever order the queues ran in.
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        var vraag = boekhouding.Sleutel(notification.AanmeldingId);
        await session.ExecuteAsync(
            "insert into monitoring.overdracht (sleutel, vraag, verloopt_op) values (@Sleutel, @Vraag, @VerlooptOp) on conflict (sleutel) do nothing",
            new { Sleutel = boekhouding.Sleutel(notification.OverdrachtId), Vraag = vraag, notification.VerlooptOp });

        var op = notification.OccurredAt;
        boekhouding.Boek(
            op, dimensies, Maat.OverdrachtAangeboden, 1,
            [(Facet.Team, notification.TeamCode), .. notification.Expertises.Select(e => (Facet.Expertise, e))]);

        var eerste = await session.ExecuteAsync(
            "update monitoring.vraag set overgedragen = true where sleutel = @Vraag and not overgedragen", new { Vraag = vraag });
        if (eerste > 0)
        {
            boekhouding.Boek(op, dimensies, Maat.OverdrachtEerste);
        }
    }
}
