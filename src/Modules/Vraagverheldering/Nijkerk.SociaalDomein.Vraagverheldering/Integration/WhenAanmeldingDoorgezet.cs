using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

/// <summary>A doorgezette aanmelding opens a vraagverheldering in the werkvoorraad.</summary>
internal sealed class WhenAanmeldingDoorgezet(CommandSession session, TimeProvider clock)
    : INotificationHandler<AanmeldingDoorgezet>
{
    // The unique aanmelding_id is a second guard: the same aanmelding never opens two conversations.
    private const string Open = """
        insert into vraagverheldering.vraagverheldering (id, aanmelding_id, inwoner_id, vraag, urgentie, status, geopend_op)
        values (@Id, @AanmeldingId, @InwonerId, @Vraag, @Urgentie, @Status, @Nu)
        on conflict (aanmelding_id) do nothing
        """;

    public Task Handle(AanmeldingDoorgezet notification, CancellationToken cancellationToken) =>
        session.ExecuteAsync(Open, new
        {
            Id = Guid.CreateVersion7(),
            notification.AanmeldingId,
            notification.InwonerId,
            notification.Vraag,
            notification.Urgentie,
            Status = VraagverhelderingStatus.Open,
            Nu = clock.GetUtcNow(),
        });
}
