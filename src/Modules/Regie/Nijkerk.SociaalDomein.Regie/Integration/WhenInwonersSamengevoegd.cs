using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Integration;

/// <summary>
/// Two registrations in Intake's register were one person: everything in Regie that names the merged one follows the
/// kept one: memberships (with their history) and the questions in "regie gevraagd". A person belongs to one household
/// at a time: when both were in a household, the kept one's stays and the merged one's membership ends (in the same
/// household, the contact person role passes to the kept one). A redelivery finds nothing left to move.
/// </summary>
internal sealed class WhenInwonersSamengevoegd(CommandSession session) : INotificationHandler<InwonersSamengevoegd>
{
    // The merged one's current membership ends when the kept one has one too, so the unique index on the current
    // membership holds when the ids are pointed at the kept one.
    private const string VerwijsOm = """
        with beide as (
            select s.id as samengevoegd_lid, s.huishouden_id as huishouden_id, s.contactpersoon and s.huishouden_id = b.huishouden_id as geef_contact,
                   b.id as behouden_lid
            from regie.huishouden_lid s
            join regie.huishouden_lid b on b.inwoner_id = @BehoudenInwonerId and b.tot is null
            where s.inwoner_id = @SamengevoegdeInwonerId and s.tot is null
        ), beeindigd as (
            update regie.huishouden_lid l set tot = greatest(@Op, l.van), contactpersoon = false
            from beide where l.id = beide.samengevoegd_lid
            returning beide.huishouden_id, beide.geef_contact, beide.behouden_lid
        ), versie as (
            update regie.huishouden h set versie = versie + 1 from beeindigd where h.id = beeindigd.huishouden_id
        )
        select behouden_lid from beeindigd where geef_contact;
        """;

    private const string GeefContact = "update regie.huishouden_lid set contactpersoon = true where id = @Id";

    private const string Rest = """
        update regie.huishouden_lid set inwoner_id = @BehoudenInwonerId where inwoner_id = @SamengevoegdeInwonerId;
        update regie.regieverzoek set inwoner_id = @BehoudenInwonerId where inwoner_id = @SamengevoegdeInwonerId;
        """;

    public async Task Handle(InwonersSamengevoegd notification, CancellationToken cancellationToken)
    {
        var parameters = new { notification.BehoudenInwonerId, notification.SamengevoegdeInwonerId, Op = notification.OccurredAt };
        if (await session.QuerySingleOrDefaultAsync<Guid?>(VerwijsOm, parameters) is { } contact)
        {
            await session.ExecuteAsync(GeefContact, new { Id = contact });
        }

        await session.ExecuteAsync(Rest, parameters);
    }
}
