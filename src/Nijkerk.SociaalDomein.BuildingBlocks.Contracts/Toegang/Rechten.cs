namespace Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

/// <summary>
/// The rights that belong to no domain module. A right is also the scope an API key carries, so one list serves
/// staff and systems. Each module declares its own rights, and which roles get them, in its Contracts and its
/// <c>IModule</c>; the host composes them (<c>ModuleRegistry</c>).
/// </summary>
public static class Rechten
{
    /// <summary>Reference data (leefgebieden and the like) holds no personal data: every signed-in actor has it (Actor.Mag).</summary>
    public const string ReferentiegegevensLezen = "referentiegegevens:lezen";
    public const string Beheer = "beheer";
    public const string VerwerkingenLezen = "verwerkingen:lezen";
    /// <summary>Seeing parked event deliveries and sending one again (ADR 0012): staff only, never an API scope.</summary>
    public const string GebeurtenissenBeheren = "gebeurtenissen:beheren";
    /// <summary>An inzage (AVG art. 15): everything every module holds on one inwoner, with his verwerkingen. Staff only.</summary>
    public const string PersoonsgegevensInzien = "persoonsgegevens:inzien";
    /// <summary>Bewaartermijnen and vernietiging (AVG art. 5(1)(e)): the terms, approving a vernietigingslijst. Staff only.</summary>
    public const string BewaringBeheren = "bewaring:beheren";
}

/// <summary>
/// The staff roles. A role is a task, not a module: each module says which roles get its rights (functiescheiding,
/// domain.md, Roles), and a role is the union of what the modules give it.
/// </summary>
public static class Rollen
{
    public const string Loketmedewerker = "loketmedewerker";
    public const string Vakspecialist = "vakspecialist";
    public const string Regisseur = "regisseur";
    public const string Ijsbreker = "ijsbreker";
    public const string Beleid = "beleid";
    public const string FunctioneelBeheerder = "functioneel-beheerder";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Loketmedewerker] = "Loketmedewerker",
        [Vakspecialist] = "Vakspecialist",
        [Regisseur] = "Regisseur",
        [Ijsbreker] = "IJsbreker",
        [Beleid] = "Teamleider / beleid",
        [FunctioneelBeheerder] = "Functioneel beheerder",
    };
}
