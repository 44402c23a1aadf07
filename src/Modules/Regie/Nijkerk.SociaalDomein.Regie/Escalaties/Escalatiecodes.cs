namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>Why a plan is escalated, and which budget or domain pays an ijsbreker's spending afterwards.</summary>
internal static class Escalatiecodes
{
    public const string Open = "open";
    public const string Afgehandeld = "afgehandeld";

    public static readonly IReadOnlyDictionary<string, string> Aanleidingen = new Dictionary<string, string>
    {
        ["vastgelopen-actie"] = "Een actie is vastgelopen",
        ["stilstand"] = "Er gebeurt al lang niets",
        ["anders"] = "Anders",
    };

    public static readonly IReadOnlyDictionary<string, string> Betaalbronnen = new Dictionary<string, string>
    {
        ["wmo"] = "Wmo",
        ["jeugd"] = "Jeugd",
        ["participatie"] = "Participatie",
        ["bijzondere-bijstand"] = "Bijzondere bijstand",
        ["schuldhulp"] = "Schuldhulpverlening",
        ["anders"] = "Anders",
    };
}

/// <summary>An uitgave counts against the pot at once, or waits for a second ijsbreker when it is over the balance.</summary>
internal static class UitgaveStatus
{
    public const string Geteld = "geteld";
    public const string WachtOpGoedkeuring = "wacht-op-goedkeuring";
}
