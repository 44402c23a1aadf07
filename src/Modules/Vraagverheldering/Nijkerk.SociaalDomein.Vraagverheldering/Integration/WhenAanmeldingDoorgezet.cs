using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

/// <summary>
/// A doorgezette aanmelding opens a vraagverheldering in the werkvoorraad, with the method new ones start with, and the
/// inwoner's name and kern as Intake knows them now (so the werkvoorraad lists and filters without asking per row).
/// </summary>
internal sealed class WhenAanmeldingDoorgezet(CommandSession session, TimeProvider clock, IMediator mediator)
    : INotificationHandler<AanmeldingDoorgezet>
{
    // The unique aanmelding_id is a second guard: the same aanmelding never opens two conversations.
    private const string Open = """
        insert into vraagverheldering.vraagverheldering
            (id, aanmelding_id, inwoner_id, inwoner_naam, kern, vraag, urgentie, status, geopend_op, methode)
        values (@Id, @AanmeldingId, @InwonerId, @InwonerNaam, @Kern, @Vraag, @Urgentie, @Status, @Nu,
                (select code from vraagverheldering.methode where standaard))
        on conflict (aanmelding_id) do nothing
        """;

    public async Task Handle(AanmeldingDoorgezet notification, CancellationToken cancellationToken)
    {
        var inwoner = notification.InwonerId is { } id ? await mediator.Send(new GeefInwonerKenmerken(id), cancellationToken) : null;
        await session.ExecuteAsync(Open, new
        {
            Id = Guid.CreateVersion7(),
            notification.AanmeldingId,
            notification.InwonerId,
            InwonerNaam = inwoner?.Naam,
            inwoner?.Kern,
            notification.Vraag,
            notification.Urgentie,
            Status = VraagverhelderingStatus.Open,
            Nu = clock.GetUtcNow(),
        });
    }
}
