using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>An aanmelding's state and the transitions it allows.</summary>
internal sealed class Aanmelding(Guid id, Guid? inwonerId, string vraag, string urgentie, string status)
{
    public const string Open = "open";
    public const string Doorgezet = "doorgezet";

    public Guid Id { get; } = id;

    public string Status { get; private set; } = status;

    public DateTimeOffset? DoorgezetOp { get; private set; }

    /// <summary>Hands the question on to vraagverheldering; only an open aanmelding can go.</summary>
    public AanmeldingDoorgezet ZetDoor(DateTimeOffset nu)
    {
        if (Status != Open)
        {
            throw new RegelOvertredenException($"Deze aanmelding is al {Keuzes.Statussen[Status].ToLowerInvariant()}; alleen een open aanmelding kan worden doorgezet.");
        }

        Status = Doorgezet;
        DoorgezetOp = nu;
        return new AanmeldingDoorgezet(Guid.CreateVersion7(), nu, Id, inwonerId, vraag, urgentie);
    }
}
