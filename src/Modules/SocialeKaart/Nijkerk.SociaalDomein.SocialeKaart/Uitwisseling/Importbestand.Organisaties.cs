namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

internal sealed partial class Importbestand
{
    private OrganisatieRij? Organisatie(HsdsOrganization o, List<string> fouten)
    {
        var id = VerplichteId(o.Id, fouten);
        var naam = Tekst(o.Name, "name", 200, fouten);
        var gecontroleerd = Datum(Hsds.Eerste(o.Attributes, Hsds.LaatstGecontroleerd)?.Value, Hsds.LaatstGecontroleerd, fouten);
        if (o.Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            fouten.Add("email is geen e-mailadres.");
        }

        var telefoon = (o.Phones ?? []).Select(p => p.Number).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        return id is null || naam is null
            ? null
            : new OrganisatieRij(id.Value, naam, Leeg(o.Description), telefoon?.Trim(), Leeg(o.Email), Leeg(o.Website), gecontroleerd ?? vandaag,
                Hsds.Codes(o.Attributes, Hsds.Status).Contains("gearchiveerd"));
    }
}
