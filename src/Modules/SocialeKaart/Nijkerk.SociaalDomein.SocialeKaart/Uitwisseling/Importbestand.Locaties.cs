using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

internal sealed partial class Importbestand
{
    private LocatieRij? Locatie(HsdsLocation l, List<string> fouten)
    {
        var id = VerplichteId(l.Id, fouten);
        var naam = Tekst(l.Name, "name", 200, fouten);
        var organisatie = Verwijzing(l.OrganizationId, "organization_id", organisatiesInBestand, bestaand.Organisaties.Select(o => o.Id), fouten);
        var adres = (l.Addresses ?? []).FirstOrDefault(a => a.AddressType is null or "physical") ?? l.Addresses?.FirstOrDefault();
        var plaats = Leeg(adres?.City);
        if (plaats is null)
        {
            fouten.Add("De plaats ontbreekt: geef een adres met city.");
        }

        if (adres?.Country is { Length: > 0 } land && land != "NL")
        {
            fouten.Add($"Alleen adressen in Nederland (country NL), niet {land}.");
        }

        // Our own attribute when the file has it; a file from elsewhere names the kern as its city.
        var kern = Hsds.Eerste(l.Attributes, Hsds.Kern)?.TaxonomyTerm?.Code ?? plaats;
        if (kern is null || !Keuzes.Kernen.Contains(kern))
        {
            fouten.Add($"Onbekende kern{(kern is null ? "" : $" '{kern}'")}; kies uit: {string.Join(", ", Keuzes.Kernen)} (attribuut {Hsds.Kern}).");
        }

        var (straat, huisnummer) = Adresregel(adres?.Address1);
        return fouten.Count > 0 || id is null || naam is null || organisatie is null
            ? null
            : new LocatieRij(id.Value, organisatie.Value, naam, straat, huisnummer, Leeg(adres?.PostalCode), plaats!, kern!);
    }

    /// <summary>"Sportweg 25" is street and number; a line without a trailing number is the street alone.</summary>
    private static (string? Straat, string? Huisnummer) Adresregel(string? regel)
    {
        var tekst = Leeg(regel);
        if (tekst is null)
        {
            return (null, null);
        }

        var spatie = tekst.LastIndexOf(' ');
        return spatie > 0 && char.IsDigit(tekst[spatie + 1]) ? (tekst[..spatie], tekst[(spatie + 1)..]) : (tekst, null);
    }
}
