using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// A question landed: Monitoring starts following it under a pseudonym, with the dimensions it is counted under from
/// now on (Intake gives the kern and the age, never who), and counts it by kanaal and bron.
/// </summary>
internal sealed class WhenAanmeldingGeregistreerd(CommandSession session, Boekhouding boekhouding, IMediator mediator)
    : INotificationHandler<AanmeldingGeregistreerd>
{
    private const string Verwijzer = "verwijzer";

    public async Task Handle(AanmeldingGeregistreerd notification, CancellationToken cancellationToken)
    {
        var kenmerken = await mediator.Send(new GeefAanmeldingKenmerken(notification.AanmeldingId), cancellationToken);
        var dimensies = new Vraagdimensies(
            kenmerken?.Kern ?? Vraagdimensies.Onbekend, notification.Kanaal, notification.Bron, Levensfase.Van(kenmerken?.Leeftijd));
        await session.ExecuteAsync(
            """
            insert into monitoring.vraag (sleutel, dag, eerste_contact, kern, kanaal, bron, levensfase)
            values (@Sleutel, @Dag, @Op, @Kern, @Kanaal, @Bron, @Levensfase)
            on conflict (sleutel) do nothing
            """,
            new
            {
                Sleutel = boekhouding.Sleutel(notification.AanmeldingId),
                Dag = NederlandseDag.Van(notification.OccurredAt),
                Op = notification.OccurredAt,
                dimensies.Kern,
                dimensies.Kanaal,
                dimensies.Bron,
                dimensies.Levensfase,
            });
        await boekhouding.BoekAsync(notification.OccurredAt, dimensies, Maat.Aanmeldingen);
        if (notification.Bron == Verwijzer)
        {
            await boekhouding.BoekAsync(notification.OccurredAt, dimensies, Maat.ViaVerwijzer);
        }
    }
}
