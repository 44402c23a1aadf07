namespace Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

/// <summary>
/// What an actor may do. A right is also the scope an API key carries, so one list serves staff and systems.
/// Functiescheiding: each role gets only the rights its task needs (domain.md, Roles).
/// </summary>
public static class Rechten
{
    public const string AanmeldingenLezen = "aanmeldingen:lezen";
    public const string AanmeldingenSchrijven = "aanmeldingen:schrijven";
    public const string AanmeldingenBehandelen = "aanmeldingen:behandelen";
    public const string InwonersLezen = "inwoners:lezen";
    public const string InwonersSchrijven = "inwoners:schrijven";
    public const string BsnInzien = "inwoners:bsn-inzien";
    public const string VraagverhelderingenLezen = "vraagverhelderingen:lezen";
    public const string OverdrachtenLezen = "overdrachten:lezen";
    public const string PlannenLezen = "plannen:lezen";
    public const string SocialeKaartLezen = "sociale-kaart:lezen";
    public const string SocialeKaartBeheren = "sociale-kaart:beheren";
    /// <summary>Reference data (leefgebieden and the like) holds no personal data: every signed-in actor has it (Actor.Mag).</summary>
    public const string ReferentiegegevensLezen = "referentiegegevens:lezen";
    public const string Beheer = "beheer";
    public const string VerwerkingenLezen = "verwerkingen:lezen";
    public const string GebeurtenissenBeheren = "gebeurtenissen:beheren";

    public static readonly IReadOnlyList<string> Alle =
        [AanmeldingenLezen, AanmeldingenSchrijven, AanmeldingenBehandelen, InwonersLezen, InwonersSchrijven, BsnInzien, VraagverhelderingenLezen,
         OverdrachtenLezen, PlannenLezen, SocialeKaartLezen, SocialeKaartBeheren, ReferentiegegevensLezen, Beheer, VerwerkingenLezen,
         GebeurtenissenBeheren];

    /// <summary>
    /// The rights an API key may be given: never beheer or the audit log. Which of these a key gets is the
    /// beheerder's choice; a partner's key normally gets aanmeldingen only. Keeping the sociale kaart is a scope, so a
    /// regional directory can exchange it with ours. Every key reads reference data without being given it.
    /// </summary>
    public static readonly IReadOnlyList<string> Scopes =
        [AanmeldingenLezen, AanmeldingenSchrijven, AanmeldingenBehandelen, InwonersLezen, InwonersSchrijven, BsnInzien, VraagverhelderingenLezen,
         OverdrachtenLezen, PlannenLezen, SocialeKaartLezen, SocialeKaartBeheren];
}

/// <summary>The staff roles and the rights each gives.</summary>
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

    // Beleid sees aggregates only, so no right that reads a person; vakspecialist, regisseur and ijsbreker get
    // theirs with the overdracht and regie modules.
    private static readonly Dictionary<string, string[]> RechtenPerRol = new()
    {
        [Loketmedewerker] =
        [
            Rechten.AanmeldingenLezen, Rechten.AanmeldingenSchrijven, Rechten.AanmeldingenBehandelen, Rechten.InwonersLezen, Rechten.InwonersSchrijven,
            Rechten.BsnInzien, Rechten.VraagverhelderingenLezen, Rechten.SocialeKaartLezen,
            // At first contact the desk sees which trajectories are open and who the aanspreekpunt is.
            Rechten.OverdrachtenLezen, Rechten.PlannenLezen,
        ],
        // The sociale kaart holds no personal data: every role may look up help. Reference data needs no right (Actor.Mag).
        [Vakspecialist] = [Rechten.SocialeKaartLezen],
        [Regisseur] = [Rechten.SocialeKaartLezen],
        [Ijsbreker] = [Rechten.SocialeKaartLezen],
        [Beleid] = [Rechten.SocialeKaartLezen],
        [FunctioneelBeheerder] =
            [Rechten.Beheer, Rechten.VerwerkingenLezen, Rechten.SocialeKaartLezen, Rechten.SocialeKaartBeheren,
             Rechten.GebeurtenissenBeheren],
    };

    public static IEnumerable<string> RechtenVan(IEnumerable<string> rollen) =>
        rollen.SelectMany(r => RechtenPerRol.GetValueOrDefault(r, [])).Distinct();
}
