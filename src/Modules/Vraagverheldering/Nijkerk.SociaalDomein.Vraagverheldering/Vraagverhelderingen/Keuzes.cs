namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>The fixed lists of the vraagverheldering: code as stored and sent, name as staff read it.</summary>
internal static class Keuzes
{
    public static readonly IReadOnlyDictionary<string, string> Urgenties = new Dictionary<string, string>
    {
        ["crisis"] = "Crisis",
        ["hoog"] = "Hoog",
        ["normaal"] = "Normaal",
    };

    public static readonly IReadOnlyDictionary<string, string> Behandelaars = new Dictionary<string, string>
    {
        ["vrij"] = "Nog door niemand opgepakt",
        ["mij"] = "Door mij",
        ["collega"] = "Door een collega",
    };

    public static readonly IReadOnlyDictionary<string, string> Vormen = new Dictionary<string, string>
    {
        ["balie"] = "Aan de balie",
        ["huisbezoek"] = "Huisbezoek (keukentafelgesprek)",
        ["telefoon"] = "Telefoon",
        ["beeldbellen"] = "Beeldbellen",
    };

    public static readonly IReadOnlyDictionary<string, string> Deelnemers = new Dictionary<string, string>
    {
        ["inwoner"] = "Inwoner",
        ["netwerk"] = "Iemand uit het netwerk",
        ["clientondersteuner"] = "Onafhankelijke cliëntondersteuner",
        ["collega"] = "Collega van een andere discipline",
    };

    public static readonly IReadOnlyDictionary<string, string> Levensgebeurtenissen = new Dictionary<string, string>
    {
        ["ontslag"] = "Ontslag",
        ["scheiding"] = "Scheiding",
        ["overlijden-partner"] = "Overlijden partner",
        ["verhuizing"] = "Verhuizing",
        ["geboorte"] = "Geboorte",
        ["ziekte"] = "Ziekte",
    };

    public static readonly IReadOnlyDictionary<string, string> Samenstellingen = new Dictionary<string, string>
    {
        ["enkelvoudig"] = "Enkelvoudig (één team)",
        ["meervoudig"] = "Meervoudig (meer teams: een regisseur is nodig)",
    };

    public static readonly IReadOnlyDictionary<string, string> Verzendwijzen = new Dictionary<string, string>
    {
        ["post"] = "Per post",
        ["e-mail"] = "Per e-mail",
        ["meegegeven"] = "Meegegeven aan de inwoner",
    };

    public const string Afschalen = "afschalen";
    public const string Overdracht = "overdracht";
    public const string GeenRol = "geen-rol";
    public const string ZonderResultaat = "afgesloten-zonder-resultaat";

    public static readonly IReadOnlyDictionary<string, string> Uitkomsten = new Dictionary<string, string>
    {
        [Afschalen] = "Afschalen naar het voorliggend veld",
        [Overdracht] = "Overdracht aan team of partner",
        [GeenRol] = "Geen rol voor de gemeente",
        [ZonderResultaat] = "Afgesloten zonder resultaat",
    };

    public static readonly IReadOnlyDictionary<string, string> RedenenGeenRol = new Dictionary<string, string>
    {
        ["eigen-kracht"] = "Eigen kracht",
        ["acceptabel-risico"] = "Acceptabel risico",
        ["eigen-verantwoordelijkheid"] = "Eigen verantwoordelijkheid",
    };

    public static readonly IReadOnlyDictionary<string, string> RedenenZonderResultaat = new Dictionary<string, string>
    {
        ["ingetrokken"] = "De inwoner trok de vraag in",
        ["niet-bereikt"] = "De inwoner was niet bereikbaar",
    };

    public static string Opsomming(IReadOnlyDictionary<string, string> keuzes) => string.Join(", ", keuzes.Keys);
}
