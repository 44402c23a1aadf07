using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Regie.RegieGevraagd;

/// <summary>
/// Overdracht asks for a regisseur and names the teams it offered the question to: they are the teams already involved
/// when the plan starts. Makes the regieverzoek when it comes before VraagverhelderingAfgerond; a redelivery changes nothing.
/// </summary>
internal sealed class WhenRegisseurGevraagd(CommandSession session) : INotificationHandler<RegisseurGevraagd>
{
    private const string Vraag = """
        insert into regie.regieverzoek (id, vraagverheldering_id, aanmelding_id, inwoner_id, teams, gevraagd_op)
        values (@Id, @VraagverhelderingId, @AanmeldingId, @InwonerId, @Teams, @Op)
        on conflict (vraagverheldering_id) do update set teams = excluded.teams
        """;

    public Task Handle(RegisseurGevraagd notification, CancellationToken cancellationToken) =>
        session.ExecuteAsync(Vraag, new
        {
            Id = Guid.CreateVersion7(),
            notification.VraagverhelderingId,
            notification.AanmeldingId,
            notification.InwonerId,
            Teams = notification.Teams.ToArray(),
            Op = notification.OccurredAt,
        });
}
