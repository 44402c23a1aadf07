using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Monitoring.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Bewaring;

/// <summary>
/// Monitoring holds no part of a dossier with a closing date of its own: counts per day, and the pseudonyms under which
/// it follows a question (a keyed hash of the aanmelding's id) and its vraagverheldering, overdrachten and plan. Those
/// follow the dossier and go with it (<see cref="VernietigPersoonsgegevensHandler"/>), so they keep nothing open.
/// </summary>
internal sealed class GeefBewaarstandHandler : IRequestHandler<GeefBewaarstandVanMonitoring, BewaarstandVanModule>
{
    public Task<BewaarstandVanModule> Handle(GeefBewaarstandVanMonitoring request, CancellationToken cancellationToken) =>
        Task.FromResult(new BewaarstandVanModule("Monitoring", []));
}

/// <summary>
/// Vernietiging in Monitoring: the pseudonyms of the inwoners' questions (monitoring.vraag) and of the vraagverheldering,
/// overdrachten and plans that hang under them. Pseudonymised data is still personal data (AVG overweging 26): with the
/// key and the aanmelding's id a row leads back to the inwoner. The counts per day stay: they hold no question's key.
/// Monitoring does not know the aanmeldingen of an inwoner; it asks Intake, so the bewaring job runs Monitoring's
/// vernietiging before Intake's.
/// </summary>
internal sealed class VernietigPersoonsgegevensHandler(CommandSession session, IMediator mediator, Pseudoniem pseudoniem)
    : IRequestHandler<VernietigPersoonsgegevensVanMonitoring, VernietigingVanModule>
{
    private static readonly Vernietigingsstap[] Stappen =
    [
        new("overdracht", "delete from monitoring.overdracht where vraag = any(@Vragen)"),
        new("vraagverheldering", "delete from monitoring.vraagverheldering where vraag = any(@Vragen)"),
        new("plan", "delete from monitoring.plan where vraag = any(@Vragen)"),
        new("vraag", "delete from monitoring.vraag where sleutel = any(@Vragen)"),
    ];

    public async Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanMonitoring request, CancellationToken cancellationToken)
    {
        var vragen = new List<byte[]>();
        foreach (var inwoner in request.InwonerIds.Distinct())
        {
            vragen.AddRange((await mediator.Send(new GeefAanmeldingenVanInwoner(inwoner), cancellationToken)).Select(pseudoniem.Van));
        }

        return new VernietigingVanModule("Monitoring", await Vernietigingsstappen.VoerUitAsync(session, request.InwonerIds, Stappen, new { Vragen = vragen.ToArray() }));
    }
}
