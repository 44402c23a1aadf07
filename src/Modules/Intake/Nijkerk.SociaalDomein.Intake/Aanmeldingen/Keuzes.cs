namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>The values kanaal, bron, urgentie and status take, as the API and the pages write them.</summary>
internal static class Keuzes
{
    public static readonly IReadOnlyDictionary<string, string> Kanalen = new Dictionary<string, string>
    {
        ["telefoon"] = "Telefoon",
        ["e-mail"] = "E-mail",
        ["balie"] = "Balie",
        ["website-formulier"] = "Websiteformulier",
        ["chat"] = "Chat",
        ["spreekuur"] = "Spreekuur in de wijk",
        ["huisbezoek"] = "Huisbezoek",
    };

    public static readonly IReadOnlyDictionary<string, string> Bronnen = new Dictionary<string, string>
    {
        ["inwoner-zelf"] = "Inwoner zelf",
        ["netwerk"] = "Netwerk (familie, buren)",
        ["voorliggend-veld"] = "Voorliggend veld",
        ["verwijzer"] = "Verwijzer (huisarts, POH, school)",
        ["vindplaats"] = "Vindplaats",
    };

    /// <summary>Bronnen whose aanmelding is a partner's signal: it names the organisation and whether the inwoner knows and agrees.</summary>
    public static readonly IReadOnlySet<string> PartnerBronnen = new HashSet<string> { "voorliggend-veld", "verwijzer", "vindplaats" };

    public static readonly IReadOnlyDictionary<string, string> Urgenties = new Dictionary<string, string>
    {
        ["normaal"] = "Normaal",
        ["hoog"] = "Hoog",
        ["crisis"] = "Crisis",
    };

    public static readonly IReadOnlyDictionary<string, string> Statussen = new Dictionary<string, string>
    {
        [Aanmelding.Open] = "Open",
        [Aanmelding.Doorgezet] = "Doorgezet naar vraagverheldering",
        [Aanmelding.Afgehandeld] = "Direct afgehandeld",
        [Aanmelding.Gerouteerd] = "Gerouteerd naar het aanspreekpunt",
    };

    public static string Opsomming(IReadOnlyDictionary<string, string> keuzes) => string.Join(", ", keuzes.Keys);
}
