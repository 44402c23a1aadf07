using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

/// <summary>The desk changed an inwoner: the werkvoorraad asks Intake again for the name and kern it lists him by.</summary>
internal sealed class WhenInwonerGewijzigd(CommandSession session, IMediator mediator) : INotificationHandler<InwonerGewijzigd>
{
    private const string Bij = """
        update vraagverheldering.vraagverheldering set inwoner_naam = @Naam, kern = @Kern
        where inwoner_id = @InwonerId and (inwoner_naam, kern) is distinct from (@Naam::text, @Kern::text)
        """;

    public async Task Handle(InwonerGewijzigd notification, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GeefInwonerKenmerken(notification.InwonerId), cancellationToken) is { } inwoner)
        {
            await session.ExecuteAsync(Bij, inwoner);
        }
    }
}
