using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// A vraagverheldering finished. Monitoring remembers which question it belongs to (a plan started after it is counted
/// under that question) and counts: afgerond (facet expertise per expertise it found); the uitval (afgesloten zonder
/// resultaat: ingetrokken or niet bereikt); meervoudig (several teams); a low score (1 or 2) once per leefgebied (facet
/// leefgebied; facet '' then counts the vraagverhelderingen with at least one low score); and, when afgeschaald, afgeschaald
/// per leefgebied of the hulpvragen and each voorziening pointed to, as at first contact. No score, hulpvraag or
/// samenvatting text is kept.
/// </summary>
internal sealed class WhenVraagverhelderingAfgerond(CommandSession session, Boekhouding boekhouding) : INotificationHandler<VraagverhelderingAfgerond>
{
    private const string Afschalen = "afschalen";
    private const string ZonderResultaat = "afgesloten-zonder-resultaat";
    private const string Ingetrokken = "ingetrokken";
    private const string NietBereikt = "niet-bereikt";
    private const string Meervoudig = "meervoudig";

    public async Task Handle(VraagverhelderingAfgerond notification, CancellationToken cancellationToken)
    {
        // The question's row first (made here when Intake's queue has not counted its arrival yet), then the link a plan
        // started after it is counted by; a plan whose start came first has written that link already (RegieTeller).
        var dimensies = await boekhouding.VraagAsync(notification.AanmeldingId);
        await session.ExecuteAsync(
            "insert into monitoring.vraagverheldering (sleutel, vraag) values (@Sleutel, @Vraag) on conflict (sleutel) do nothing",
            new { Sleutel = boekhouding.Sleutel(notification.VraagverhelderingId), Vraag = boekhouding.Sleutel(notification.AanmeldingId) });

        var op = notification.OccurredAt;
        boekhouding.Boek(op, dimensies, Maat.VraagverhelderingAfgerond, 1, notification.Expertises.Select(e => (Facet.Expertise, e)));

        if (notification.Uitkomst == ZonderResultaat)
        {
            var uitval = notification.Reden switch
            {
                Ingetrokken => Maat.VraagverhelderingIngetrokken,
                NietBereikt => Maat.VraagverhelderingNietBereikt,
                _ => (Maat?)null,
            };
            if (uitval is { } maat)
            {
                boekhouding.Boek(op, dimensies, maat);
            }
        }

        if (notification.Samenstelling == Meervoudig)
        {
            boekhouding.Boek(op, dimensies, Maat.Meervoudig);
        }

        var laag = notification.Scores.Where(s => s.Score is 1 or 2).Select(s => (Facet.Leefgebied, s.Leefgebied)).ToArray();
        if (laag.Length > 0)
        {
            boekhouding.Boek(op, dimensies, Maat.ScoreLaag, 1, laag);
        }

        if (notification.Uitkomst == Afschalen)
        {
            var leefgebieden = notification.Hulpvragen.SelectMany(h => h.Leefgebieden).Select(l => (Facet.Leefgebied, l));
            boekhouding.Boek(op, dimensies, Maat.Afgeschaald, 1, leefgebieden);
            if (notification.VoorzieningIds.Count > 0)
            {
                boekhouding.Boek(
                    op, dimensies, Maat.VoorzieningVerwezen, 1, notification.VoorzieningIds.Select(v => (Facet.Voorziening, v.ToString())));
            }
        }
    }
}
