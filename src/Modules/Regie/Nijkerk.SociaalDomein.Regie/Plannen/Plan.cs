using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// One ondersteuningsplan's state and the rules every change meets: only a running plan changes, and a change made on
/// a version the caller did not see is refused (412) with what changed since (<see cref="PlanOpslag"/>).
/// </summary>
internal sealed class Plan(Guid id, Guid huishoudenId, string status, string regisseurId, string regisseurNaam, IReadOnlyList<string> teams, int versie)
{
    public Guid Id { get; } = id;

    public Guid HuishoudenId { get; } = huishoudenId;

    public string Status { get; private set; } = status;

    public string RegisseurId { get; } = regisseurId;

    public string RegisseurNaam { get; } = regisseurNaam;

    /// <summary>The teams with a part in the plan (its vakspecialisten read and contribute).</summary>
    public IReadOnlyList<string> Teams { get; } = teams;

    public int Versie { get; private set; } = versie;

    public bool IsLopend => Status == PlanStatus.Lopend;

    /// <summary>Doelen, acties and evaluaties are added to a running plan only; a closed one is history.</summary>
    public void MoetLopen()
    {
        if (!IsLopend)
        {
            throw new ConflictException("Dit plan is afgesloten en wordt niet meer gewijzigd.");
        }
    }

    /// <summary>Closing: only a running plan; afterwards nothing changes.</summary>
    public void SluitAf()
    {
        MoetLopen();
        Status = PlanStatus.Afgesloten;
    }

    /// <summary>Every change raises the plan's version, the ETag of the plan and of its parts.</summary>
    public void Gewijzigd() => Versie++;
}
