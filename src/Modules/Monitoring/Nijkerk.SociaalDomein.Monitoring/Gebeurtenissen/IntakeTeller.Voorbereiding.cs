using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// For a run of Intake's events about questions Monitoring already met, their rows are read in one statement instead of
/// one per event (<see cref="Monitoring.Boeking.Boekhouding.KenVragenAsync"/>). The arrival is not here: it makes the row.
/// </summary>
internal sealed partial class IntakeTeller :
    IReeksVoorbereiding<AanmeldingAfgehandeld>, IReeksVoorbereiding<AanmeldingDoorgezet>, IReeksVoorbereiding<AanmeldingGerouteerd>,
    IReeksVoorbereiding<CrisisGemeld>
{
    public Task BereidVoorAsync(IReadOnlyList<AanmeldingAfgehandeld> events, CancellationToken cancellationToken) =>
        boekhouding.KenVragenAsync(events.Select(e => e.AanmeldingId));

    public Task BereidVoorAsync(IReadOnlyList<AanmeldingDoorgezet> events, CancellationToken cancellationToken) =>
        boekhouding.KenVragenAsync(events.Select(e => e.AanmeldingId));

    public Task BereidVoorAsync(IReadOnlyList<AanmeldingGerouteerd> events, CancellationToken cancellationToken) =>
        boekhouding.KenVragenAsync(events.Select(e => e.AanmeldingId));

    public Task BereidVoorAsync(IReadOnlyList<CrisisGemeld> events, CancellationToken cancellationToken) =>
        boekhouding.KenVragenAsync(events.Select(e => e.AanmeldingId));
}
