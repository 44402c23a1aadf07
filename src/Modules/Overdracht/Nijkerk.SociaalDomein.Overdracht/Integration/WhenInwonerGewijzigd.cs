using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>The desk changed an inwoner: the werkvoorraad asks Intake again for the name it lists his overdrachten by.</summary>
internal sealed class WhenInwonerGewijzigd(CommandSession session, IMediator mediator) : INotificationHandler<InwonerGewijzigd>
{
    private const string Bij = """
        update overdracht.overdracht set inwoner_naam = @Naam
        where inwoner_id = @InwonerId and inwoner_naam is distinct from @Naam::text
        """;

    public async Task Handle(InwonerGewijzigd notification, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GeefInwonerKenmerken(notification.InwonerId), cancellationToken) is { } inwoner)
        {
            await session.ExecuteAsync(Bij, new { inwoner.InwonerId, inwoner.Naam });
        }
    }
}
