using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// An overdracht was accepted (facet team): within its term when accepted by the time it would expire, with the
/// samenvatting enough when the team did not have to ask the inhabitant again ("verhaal één keer verteld"); the accepting
/// vakspecialist or partner is the question's first aanspreekpunt when it had none. Who accepted is not kept.
/// </summary>
internal sealed partial class OverdrachtTeller : INotificationHandler<OverdrachtGeaccepteerd>
{
    public async Task Handle(OverdrachtGeaccepteerd notification, CancellationToken cancellationToken)
    {
        var op = notification.OccurredAt;
        var vraag = boekhouding.Sleutel(notification.AanmeldingId);
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        (string, string)[] team = [(Facet.Team, notification.TeamCode)];
        boekhouding.Boek(op, dimensies, Maat.OverdrachtGeaccepteerd, team);

        // Its term as offered; unknown (never counted within) when Monitoring did not see the offer.
        var verlooptOp = await session.QuerySingleOrDefaultAsync<DateTimeOffset?>(
            "select verloopt_op from monitoring.overdracht where sleutel = @Sleutel", new { Sleutel = boekhouding.Sleutel(notification.OverdrachtId) });
        if (op <= verlooptOp)
        {
            boekhouding.Boek(op, dimensies, Maat.BinnenTermijn, team);
        }

        if (notification.SamenvattingVoldoende)
        {
            boekhouding.Boek(op, dimensies, Maat.SamenvattingVoldoende, team);
        }

        await boekhouding.BoekEersteAanspreekpuntAsync(vraag, op);
    }
}
