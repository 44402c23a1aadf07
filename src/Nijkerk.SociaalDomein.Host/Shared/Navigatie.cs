using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Shared;

/// <summary>The main navigation; an item shows only to whoever holds its right (functiescheiding on screen too).</summary>
internal static class Navigatie
{
    public static readonly (string Href, string Tekst, string? Recht)[] Items =
    [
        ("/werkvoorraad", "Werkvoorraad", Rechten.AanmeldingenBehandelen),
        ("/aanmeldingen", "Aanmeldingen", Rechten.AanmeldingenLezen),
        ("/aanmeldingen/nieuw", "Nieuwe aanmelding", Rechten.AanmeldingenSchrijven),
        ("/inwoners/nieuw", "Inwoner registreren", Rechten.InwonersSchrijven),
        ("/terugbelverzoeken", "Terugbelverzoeken", Rechten.AanmeldingenLezen),
        ("/vraagverhelderingen", "Vraagverheldering", Rechten.VraagverhelderingenLezen),
        ("/sociale-kaart", "Sociale kaart", Rechten.SocialeKaartLezen),
        ("/beheer/gebruikers", "Medewerkers", Rechten.Beheer),
        ("/beheer/api-sleutels", "API-sleutels", Rechten.Beheer),
        ("/beheer/sociale-kaart", "Sociale kaart beheren", Rechten.SocialeKaartBeheren),
        ("/beheer/verwerkingen", "Verwerkingen", Rechten.VerwerkingenLezen),
        ("/beheer/dienst", "Crisisdienst", Rechten.Beheer),
        ("/beheer/gebeurtenissen", "Gebeurtenissen", Rechten.GebeurtenissenBeheren),
        ("/api/v1/docs", "API", null),
    ];
}
