using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>
/// Nobody accepted in time. A team's stands out in the loket's werkvoorraad ("overdracht verlopen") until it is
/// accepted; an external partner's comes back to the loket (<see cref="OverdrachtVerlopen.TerugNaarLoket"/>) and counts
/// as laid back, as if the partner had laid it back.
/// </summary>
internal sealed class WhenOverdrachtVerlopen(CommandSession session, IMediator mediator) : INotificationHandler<OverdrachtVerlopen>
{
    public const string RedenVerlopen = "verlopen";

    private const string Zet = """
        update intake.aanmelding_overdracht
        set verlopen_op = @OccurredAt,
            teruggelegd_op = case when @TerugNaarLoket then @OccurredAt else teruggelegd_op end,
            reden = case when @TerugNaarLoket then @Reden else reden end,
            reden_omschrijving = case when @TerugNaarLoket then @RedenOmschrijving else reden_omschrijving end
        where overdracht_id = @OverdrachtId
        """;

    public async Task Handle(OverdrachtVerlopen notification, CancellationToken cancellationToken)
    {
        await OverdrachtVanAanmelding.ZorgVoorAsync(
            session, mediator, notification.OverdrachtId, notification.AanmeldingId, notification.TeamCode, notification.PartnerOrganisatie, cancellationToken);
        await session.ExecuteAsync(Zet, new
        {
            notification.OverdrachtId,
            notification.OccurredAt,
            notification.TerugNaarLoket,
            Reden = RedenVerlopen,
            RedenOmschrijving = $"Niet binnen de termijn geaccepteerd door {notification.PartnerOrganisatie ?? "de partner"}",
        });
    }
}
