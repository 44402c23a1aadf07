using MediatR;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// A question landed: Monitoring follows it under a pseudonym, with the dimensions it is counted under from now on
/// (Intake gives the kern and the age, never who), and counts it by kanaal and bron. Usually this makes the question's
/// row; when another queue met the question first (an overdracht counted before this arrival), that handler made the
/// same row from Intake's answer and this one counts under it (<see cref="Boekhouding.VraagAsync"/>).
/// </summary>
internal sealed partial class IntakeTeller : INotificationHandler<AanmeldingGeregistreerd>
{
    private const string Verwijzer = "verwijzer";

    public async Task Handle(AanmeldingGeregistreerd notification, CancellationToken cancellationToken)
    {
        // The event's own facts, so Intake is asked only the kern and age, as before (and the row is made even when Intake
        // no longer knows the aanmelding by the time this is handled).
        var dimensies = await boekhouding.VraagAsync(
            notification.AanmeldingId, new AanmeldingHerkomst(notification.Kanaal, notification.Bron, notification.OccurredAt));
        // Also per kanaal and bron as facet rows of the cube without the four dimensions (totaalcijfer), so the aanmeldingen
        // by kanaal and bron of a whole year are a few rows a day there instead of every combination in dagcijfer.
        boekhouding.Boek(
            notification.OccurredAt, dimensies, Maat.Aanmeldingen, (Facet.Kanaal, notification.Kanaal), (Facet.Bron, notification.Bron));
        if (notification.Bron == Verwijzer)
        {
            boekhouding.Boek(notification.OccurredAt, dimensies, Maat.ViaVerwijzer);
        }
    }
}
