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
internal sealed partial class IntakeTeller : INotificationHandler<AanmeldingGeregistreerd>
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
        // Also per kanaal and bron as facet rows of the cube without the four dimensions (totaalcijfer), so the aanmeldingen
        // by kanaal and bron of a whole year are a few rows a day there instead of every combination in dagcijfer.
        await boekhouding.BoekAsync(
            notification.OccurredAt, dimensies, Maat.Aanmeldingen, (Facet.Kanaal, notification.Kanaal), (Facet.Bron, notification.Bron));
        if (notification.Bron == Verwijzer)
        {
            await boekhouding.BoekAsync(notification.OccurredAt, dimensies, Maat.ViaVerwijzer);
        }
    }
}
