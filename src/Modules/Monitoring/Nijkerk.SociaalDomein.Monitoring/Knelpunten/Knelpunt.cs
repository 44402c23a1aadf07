using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>
/// What beleid may do with a knelpunt: open → in behandeling → opgepakt or niet opgepakt (straight from open too);
/// an afgehandeld knelpunt stays so. A colleague may count himself in while it is not afgehandeld.
/// </summary>
internal sealed record Knelpunt(Guid Id, string Status, int Versie)
{
    public bool IsAfgehandeld => Keuzes.Afgehandeld.Contains(Status);

    public void ControleerBehandeling(string naar)
    {
        if (IsAfgehandeld)
        {
            throw new RegelOvertredenException(
                $"Dit knelpunt is al afgehandeld ({Keuzes.StatusNaam(Status).ToLowerInvariant()}). Speelt het opnieuw, dan meldt het loket het als nieuw knelpunt.");
        }

        if (naar == Status)
        {
            throw new RegelOvertredenException($"Dit knelpunt is al {Keuzes.StatusNaam(Status).ToLowerInvariant()}.");
        }
    }

    public void ControleerMelding()
    {
        if (IsAfgehandeld)
        {
            throw new ConflictException("Dit knelpunt is al afgehandeld. Speelt het opnieuw, meld het dan als nieuw knelpunt.");
        }
    }
}
