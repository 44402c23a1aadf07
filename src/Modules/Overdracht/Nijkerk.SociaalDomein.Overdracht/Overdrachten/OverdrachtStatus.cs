namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten;

/// <summary>The states of an overdracht, as stored and as the API names them, with the label staff read.</summary>
internal static class OverdrachtStatus
{
    public const string Aangeboden = "aangeboden";
    public const string Geaccepteerd = "geaccepteerd";
    public const string Teruggelegd = "teruggelegd";
    public const string Verlopen = "verlopen";
    public const string Afgerond = "afgerond";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [Aangeboden] = "Aangeboden",
        [Geaccepteerd] = "Geaccepteerd",
        [Teruggelegd] = "Teruggelegd",
        [Verlopen] = "Verlopen",
        [Afgerond] = "Afgerond",
    };
}

/// <summary>Why a team lays an overdracht back: a fixed list (counted by Monitoring), plus the team's own text.</summary>
internal static class Teruglegredenen
{
    public const string Anders = "anders";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        ["ander-team"] = "De vraag hoort bij een ander team",
        ["buiten-taak"] = "De vraag valt buiten de taak van het team",
        ["samenvatting-onvoldoende"] = "De samenvatting is te onvolledig om de vraag op te pakken",
        ["al-in-behandeling"] = "De inwoner is voor deze vraag al bij een andere organisatie in behandeling",
        [Anders] = "Anders (zie toelichting)",
    };
}

/// <summary>The result a team or partner reports back when the help is done (the closed loop).</summary>
internal static class Resultaten
{
    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        ["geholpen"] = "Geholpen",
        ["deels"] = "Deels geholpen",
        ["niet-geholpen"] = "Niet geholpen",
        ["niet-bereikt"] = "Inwoner niet bereikt",
    };
}
