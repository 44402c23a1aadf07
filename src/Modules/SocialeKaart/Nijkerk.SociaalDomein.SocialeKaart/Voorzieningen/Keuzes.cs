namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

/// <summary>The values the filters take.</summary>
internal static class Keuzes
{
    public static readonly IReadOnlyList<string> Kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];

    public static readonly IReadOnlyList<string> Doelgroepen =
        ["jeugd", "volwassenen", "ouderen", "mantelzorgers", "statushouders", "laaggeletterden", "mensen-met-een-beperking"];

    public static readonly IReadOnlyList<string> Openingssoorten = ["inloop", "telefonisch", "spreekuur", "op-afspraak"];

    public static readonly IReadOnlyList<string> Soorten =
        ["algemene-voorziening", "voorliggend-veld", "lokaal-initiatief", "gemeentelijk-team", "zorgaanbieder"];
}
