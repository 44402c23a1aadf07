using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Shared;

/// <summary>The main navigation; an item shows only to whoever holds its right (functiescheiding on screen too).</summary>
internal static class Navigatie
{
    public static readonly (string Href, string Tekst, string? Recht)[] Items =
    [
        ("/aanmeldingen", "Aanmeldingen", Rechten.AanmeldingenLezen),
        ("/aanmeldingen/nieuw", "Nieuwe aanmelding", Rechten.AanmeldingenSchrijven),
        ("/vraagverhelderingen", "Vraagverheldering", Rechten.VraagverhelderingenLezen),
        ("/sociale-kaart", "Sociale kaart", Rechten.SocialeKaartLezen),
        ("/beheer/gebruikers", "Medewerkers", Rechten.Beheer),
        ("/beheer/api-sleutels", "API-sleutels", Rechten.Beheer),
        ("/beheer/sociale-kaart/te-controleren", "Sociale kaart controleren", Rechten.Beheer),
        ("/beheer/sociale-kaart/uitwisseling", "Sociale kaart uitwisselen", Rechten.SocialeKaartBeheren),
        ("/beheer/verwerkingen", "Verwerkingen", Rechten.VerwerkingenLezen),
        ("/api/v1/docs", "API", null),
    ];
}
