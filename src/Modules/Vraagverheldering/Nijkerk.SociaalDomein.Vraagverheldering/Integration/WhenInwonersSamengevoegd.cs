using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

/// <summary>Two registrations in Intake's register were one person: the vraagverhelderingen of the merged one follow.</summary>
internal sealed class WhenInwonersSamengevoegd(CommandSession session) : INotificationHandler<InwonersSamengevoegd>
{
    private const string VerwijsOm = """
        update vraagverheldering.vraagverheldering
        set inwoner_id = @BehoudenInwonerId
        where inwoner_id = @SamengevoegdeInwonerId
        """;

    public Task Handle(InwonersSamengevoegd notification, CancellationToken cancellationToken) =>
        session.ExecuteAsync(VerwijsOm, new { notification.BehoudenInwonerId, notification.SamengevoegdeInwonerId });
}
