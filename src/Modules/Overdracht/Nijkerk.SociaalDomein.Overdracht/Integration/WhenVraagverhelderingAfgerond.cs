using System.Text.Json;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Overdracht.Overdrachten;
using Nijkerk.SociaalDomein.Overdracht.Termijnen;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Integration;

/// <summary>
/// A vraagverheldering finished with uitkomst overdracht offers one overdracht per receiving team (or external partner)
/// of its expertises, through the routing table: each with the samenvatting, the hulpvragen that belong there, its
/// expertises and its term. A meervoudige question also asks Regie for a regisseur. A redelivered event offers nothing
/// twice: the unique index per team refuses the second row, and only rows really inserted raise their event.
/// </summary>
internal sealed class WhenVraagverhelderingAfgerond(CommandSession session, TimeProvider clock, IMediator mediator)
    : INotificationHandler<VraagverhelderingAfgerond>
{
    public const string UitkomstOverdracht = "overdracht";

    private const string Routering = """
        select expertise as Expertise, team_code as TeamCode, partner_organisatie as PartnerOrganisatie
        from overdracht.routering where expertise = any(@Expertises)
        """;

    private const string BiedAan = """
        insert into overdracht.overdracht
            (id, aanmelding_id, vraagverheldering_id, inwoner_id, inwoner_naam, team_code, partner_organisatie, expertises, hulpvragen,
             samenvatting, meervoudig, status, aangeboden_op, verloopt_op)
        values (@Id, @AanmeldingId, @VraagverhelderingId, @InwonerId, @InwonerNaam, @TeamCode, @PartnerOrganisatie, @Expertises,
                @Hulpvragen::jsonb, @Samenvatting, @Meervoudig, 'aangeboden', @Nu, @VerlooptOp)
        on conflict do nothing
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task Handle(VraagverhelderingAfgerond notification, CancellationToken cancellationToken)
    {
        if (notification.Uitkomst != UitkomstOverdracht)
        {
            return;
        }

        var expertises = notification.Expertises.Concat(notification.Hulpvragen.SelectMany(h => h.Expertises)).Distinct().ToArray();
        var routes = (await session.Connection.QueryAsync<Route>(Routering, new { Expertises = expertises }, session.Transaction)).ToList();
        if (routes.Count == 0)
        {
            return;
        }

        var inwoner = notification.InwonerId is { } inwonerId ? await mediator.Send(new GeefInwonerKenmerken(inwonerId), cancellationToken) : null;
        var meervoudig = notification.Samenstelling == "meervoudig";
        var nu = clock.GetUtcNow();
        var aangeboden = new List<Guid>();
        foreach (var groep in routes.GroupBy(r => (r.TeamCode, r.PartnerOrganisatie)).OrderBy(g => g.Key.TeamCode).ThenBy(g => g.Key.PartnerOrganisatie))
        {
            var eigen = groep.Select(r => r.Expertise).OrderBy(e => Array.IndexOf(expertises, e)).ToList();
            var hulpvragen = notification.Hulpvragen.Where(h => h.Expertises.Any(eigen.Contains)).ToList();
            var id = Guid.CreateVersion7();
            var verlooptOp = await Termijn.VerlooptOpAsync(session, groep.Key.TeamCode, groep.Key.PartnerOrganisatie, nu);
            var nieuw = await session.ExecuteAsync(BiedAan, new
            {
                Id = id,
                notification.AanmeldingId,
                notification.VraagverhelderingId,
                notification.InwonerId,
                InwonerNaam = inwoner?.Naam,
                groep.Key.TeamCode,
                groep.Key.PartnerOrganisatie,
                Expertises = eigen.ToArray(),
                Hulpvragen = JsonSerializer.Serialize(hulpvragen, Json),
                notification.Samenvatting,
                Meervoudig = meervoudig,
                Nu = nu,
                VerlooptOp = verlooptOp,
            });
            if (nieuw == 0)
            {
                continue;
            }

            await OverdrachtOpslag.StapAsync(session, new Stap(id, OverdrachtStatus.Aangeboden, nu, "systeem", "Na de vraagverheldering"));
            await session.RaiseAsync(new OverdrachtAangeboden(
                Guid.CreateVersion7(), nu, id, notification.AanmeldingId, notification.InwonerId, groep.Key.TeamCode, groep.Key.PartnerOrganisatie,
                eigen, verlooptOp, null));
            aangeboden.Add(id);
        }

        if (meervoudig && aangeboden.Count > 0)
        {
            await session.RaiseAsync(new RegisseurGevraagd(
                Guid.CreateVersion7(), nu, notification.VraagverhelderingId, notification.AanmeldingId, notification.InwonerId, aangeboden,
                [.. routes.Select(r => r.TeamCode).Distinct().Order()]));
        }
    }

    private sealed record Route(string Expertise, string TeamCode, string? PartnerOrganisatie);
}
