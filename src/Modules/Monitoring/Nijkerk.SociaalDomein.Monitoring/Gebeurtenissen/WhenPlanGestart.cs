using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// An ondersteuningsplan started: Monitoring remembers the question it came from (through the vraagverheldering before
/// it; none when a regisseur started it himself) and counts it per team involved. The plan starts with its regisseur
/// (Regie raises RegisseurToegewezen with it, at the same moment, in this queue after it): he is the question's first
/// aanspreekpunt unless an earlier one is counted (<see cref="Boekhouding.BoekEersteAanspreekpuntAsync"/>).
/// </summary>
internal sealed partial class RegieTeller : INotificationHandler<PlanGestart>
{
    public async Task Handle(PlanGestart notification, CancellationToken cancellationToken)
    {
        var (vraag, dimensies) = notification.VraagverhelderingId is { } vraagverheldering
            ? await VraagVanAsync(vraagverheldering, cancellationToken)
            : (null, Vraagdimensies.Geen);
        await session.ExecuteAsync(
            "insert into monitoring.plan (sleutel, vraag, gestart_op) values (@Sleutel, @Vraag, @Op) on conflict (sleutel) do nothing",
            new { Sleutel = boekhouding.Sleutel(notification.PlanId), Vraag = vraag, Op = notification.OccurredAt });

        boekhouding.Boek(notification.OccurredAt, dimensies, Maat.PlanGestart, 1, notification.Teams.Select(t => (Facet.Team, t)));
        await boekhouding.BoekEersteAanspreekpuntAsync(vraag, notification.OccurredAt);
    }

    /// <summary>
    /// The question of the vraagverheldering the plan came from. Usually its afronding was counted before (the link is in
    /// monitoring.vraagverheldering); but that is another queue, which may not have run yet, so then Vraagverheldering is
    /// asked which aanmelding it was, the link written (the afronding's insert then does nothing) and the question's row
    /// made if need be. Without it the plan, its escalations, budget and close would count under "onbekend".
    /// </summary>
    private async Task<(byte[]? Vraag, Vraagdimensies Dimensies)> VraagVanAsync(Guid vraagverheldering, CancellationToken cancellationToken)
    {
        var sleutel = boekhouding.Sleutel(vraagverheldering);
        if (await session.QuerySingleOrDefaultAsync<byte[]>("select vraag from monitoring.vraagverheldering where sleutel = @Sleutel", new { Sleutel = sleutel })
            is { } bekend)
        {
            return (bekend, await boekhouding.DimensiesAsync(bekend));
        }

        if (await mediator.Send(new GeefAanmeldingVanVraagverheldering(vraagverheldering), cancellationToken) is not { } aanmelding)
        {
            return (null, Vraagdimensies.Geen);
        }

        var dimensies = await boekhouding.VraagAsync(aanmelding);
        var vraag = boekhouding.Sleutel(aanmelding);
        await session.ExecuteAsync(
            "insert into monitoring.vraagverheldering (sleutel, vraag) values (@Sleutel, @Vraag) on conflict (sleutel) do nothing",
            new { Sleutel = sleutel, Vraag = vraag });
        return (vraag, dimensies);
    }
}
