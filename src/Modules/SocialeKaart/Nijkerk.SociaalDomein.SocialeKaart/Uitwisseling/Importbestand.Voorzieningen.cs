using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

internal sealed partial class Importbestand
{
    private VoorzieningRij? Voorziening(HsdsService s, List<string> fouten)
    {
        var id = VerplichteId(s.Id, fouten);
        var naam = Tekst(s.Name, "name", 200, fouten);
        var organisatie = Verwijzing(s.OrganizationId, "organization_id", organisatiesInBestand, bestaand.Organisaties.Select(o => o.Id), fouten);
        if (s.Status is not (null or "active" or "inactive"))
        {
            fouten.Add($"Onbekende status '{s.Status}'; kies active of inactive.");
        }

        var gecontroleerd = s.AssuredDate;
        var soorten = Hsds.Codes(s.Attributes, Hsds.Soort).ToList();
        if (soorten.Count != 1 || !Keuzes.Soorten.Contains(soorten[0]))
        {
            fouten.Add($"Geef precies één soort (attribuut {Hsds.Soort}) uit: {string.Join(", ", Keuzes.Soorten)}.");
        }

        string[] Codes(string taxonomie)
        {
            var codes = Hsds.Codes(s.Attributes, taxonomie).ToArray();
            if (codes.Any(c => c.Length is 0 or > 100))
            {
                fouten.Add($"Een attribuut in {taxonomie} heeft geen code.");
            }

            return codes;
        }

        var leefgebieden = Codes(Hsds.Leefgebied);
        var themas = Codes(Hsds.Thema);
        var doelgroepen = Codes(Hsds.Doelgroep);
        if (leefgebieden.FirstOrDefault(l => !bekendeLeefgebieden.Contains(l)) is { } onbekend)
        {
            fouten.Add($"Onbekend leefgebied '{onbekend}' (attribuut {Hsds.Leefgebied}); de codes staan in GET /api/v1/leefgebieden.");
        }

        if (doelgroepen.FirstOrDefault(d => !Keuzes.Doelgroepen.Contains(d)) is { } vreemd)
        {
            fouten.Add($"Onbekende doelgroep '{vreemd}' (attribuut {Hsds.Doelgroep}); kies uit: {string.Join(", ", Keuzes.Doelgroepen)}.");
        }
        return fouten.Count > 0 || id is null || naam is null || organisatie is null
            ? null
            : new VoorzieningRij(id.Value, organisatie.Value, naam, s.Description?.Trim() ?? "", leefgebieden, themas, doelgroepen,
                (s.CostOptions ?? []).Any(c => c.Amount == 0), soorten[0], Leeg(s.ApplicationProcess),
                Hsds.Codes(s.Attributes, Hsds.VerwijzingNodig).Contains("ja"), gecontroleerd ?? vandaag, s.Status == "inactive");
    }
}
