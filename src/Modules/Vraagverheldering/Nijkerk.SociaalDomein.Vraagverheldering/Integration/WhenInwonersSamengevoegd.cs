using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Integration;

/// <summary>Two registrations in Intake's register were one person: the vraagverhelderingen of the merged one follow, once per event.</summary>
internal sealed class WhenInwonersSamengevoegd(ModuleDb<VraagverhelderingModule> db) : INotificationHandler<InwonersSamengevoegd>
{
    private const string VerwijsOm = """
        update vraagverheldering.vraagverheldering
        set inwoner_id = @BehoudenInwonerId
        where inwoner_id = @SamengevoegdeInwonerId
        """;

    public Task Handle(InwonersSamengevoegd notification, CancellationToken cancellationToken) =>
        db.HandleOnceAsync(notification.EventId, nameof(WhenInwonersSamengevoegd), (connection, transaction) =>
            connection.ExecuteAsync(VerwijsOm, new { notification.BehoudenInwonerId, notification.SamengevoegdeInwonerId }, transaction),
            cancellationToken);
}
