using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>
/// Two registrations in Intake's register were one person: the overdrachten and toestemmingen of the merged one follow
/// the kept one (a toestemming he gave stays his, so a partner keeps reading what he agreed to share).
/// </summary>
internal sealed class WhenInwonersSamengevoegd(CommandSession session) : INotificationHandler<InwonersSamengevoegd>
{
    private const string VerwijsOm = """
        update overdracht.overdracht
        set inwoner_id = @BehoudenInwonerId
        where inwoner_id = @SamengevoegdeInwonerId;
        update overdracht.toestemming
        set inwoner_id = @BehoudenInwonerId
        where inwoner_id = @SamengevoegdeInwonerId;
        """;

    public Task Handle(InwonersSamengevoegd notification, CancellationToken cancellationToken) =>
        session.ExecuteAsync(VerwijsOm, new { notification.BehoudenInwonerId, notification.SamengevoegdeInwonerId });
}
