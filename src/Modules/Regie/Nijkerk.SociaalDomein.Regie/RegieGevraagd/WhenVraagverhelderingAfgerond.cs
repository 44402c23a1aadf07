using System.Text.Json;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Regie.RegieGevraagd;

/// <summary>
/// A meervoudige question handed over to several teams needs one regisseur: its scores (the plan's start scores),
/// hulpvragen and expertises wait in "regie gevraagd". Overdracht's RegisseurGevraagd adds the teams; whichever event
/// comes first makes the row, and a redelivery changes nothing.
/// </summary>
internal sealed class WhenVraagverhelderingAfgerond(CommandSession session) : INotificationHandler<VraagverhelderingAfgerond>
{
    private const string Vraag = """
        insert into regie.regieverzoek (id, vraagverheldering_id, aanmelding_id, inwoner_id, scores, hulpvragen, expertises, gevraagd_op)
        values (@Id, @VraagverhelderingId, @AanmeldingId, @InwonerId, @Scores::jsonb, @Hulpvragen::jsonb, @Expertises, @Op)
        on conflict (vraagverheldering_id) do update
        set scores = excluded.scores, hulpvragen = excluded.hulpvragen, expertises = excluded.expertises
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task Handle(VraagverhelderingAfgerond notification, CancellationToken cancellationToken)
    {
        if (notification.Uitkomst != "overdracht" || notification.Samenstelling != "meervoudig")
        {
            return Task.CompletedTask;
        }

        var scores = notification.Scores.Where(s => s.Score is >= 1 and <= 5).Select(s => new RegieverzoekScore(s.Leefgebied, s.Score!.Value));
        return session.ExecuteAsync(Vraag, new
        {
            Id = Guid.CreateVersion7(),
            notification.VraagverhelderingId,
            notification.AanmeldingId,
            notification.InwonerId,
            Scores = JsonSerializer.Serialize(scores, Json),
            Hulpvragen = JsonSerializer.Serialize(notification.Hulpvragen.Select(h => new RegieverzoekHulpvraag(h.Omschrijving, h.Leefgebieden)), Json),
            Expertises = notification.Expertises.ToArray(),
            Op = notification.OccurredAt,
        });
    }
}

/// <summary>A start score as the regieverzoek keeps it.</summary>
internal sealed record RegieverzoekScore(string Leefgebied, int Score);

/// <summary>A hulpvraag as the plan is prefilled with it: the words and the leefgebieden.</summary>
internal sealed record RegieverzoekHulpvraag(string Omschrijving, IReadOnlyList<string> Leefgebieden);
