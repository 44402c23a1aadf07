using System.Globalization;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

/// <summary>What the import did, or would have done, with one record of the file.</summary>
internal sealed record Verslagregel(string Type, string? Id, string? Naam, string Uitkomst, string? Reden = null);

internal static class Uitkomsten
{
    public const string Aangemaakt = "aangemaakt";
    public const string Bijgewerkt = "bijgewerkt";
    public const string Ongewijzigd = "ongewijzigd";
    public const string Geweigerd = "geweigerd";
}

/// <summary>
/// Reads an HSDS document into the kaart's rows, checking every record: required fields, known values, times that
/// make sense, and references that resolve in the file or in the database. A record with a fault is refused with the
/// reason in Dutch; the rows of the others are kept, so the report can say what would have happened to them.
/// </summary>
internal sealed class Importbestand
{
    private readonly Kaart bestaand;
    private readonly IReadOnlySet<string> bekendeLeefgebieden;
    private readonly DateOnly vandaag;
    private readonly HashSet<Guid> organisatiesInBestand = [];
    private readonly HashSet<Guid> locatiesInBestand = [];
    private readonly HashSet<Guid> voorzieningenInBestand = [];
    private readonly Dictionary<Guid, KoppelingRij> koppelingIds = [];
    private readonly HashSet<(string Type, Guid Id)> gelezen = [];
    private readonly HashSet<(Guid Voorziening, DateOnly Datum)> sluitingsdagen = [];

    public Importbestand(HsdsDocument document, Kaart bestaand, IReadOnlySet<string> bekendeLeefgebieden, DateOnly vandaag)
    {
        this.bestaand = bestaand;
        this.bekendeLeefgebieden = bekendeLeefgebieden;
        this.vandaag = vandaag;
        VerzamelIds(document);
        foreach (var o in document.Organizations ?? [])
        {
            Lees("organization", o.Id, o.Name, fouten => Organisatie(o, fouten), Organisaties);
        }

        foreach (var l in document.Locations ?? [])
        {
            Lees("location", l.Id, l.Name, fouten => Locatie(l, fouten), Locaties);
        }

        foreach (var s in document.Services ?? [])
        {
            Lees("service", s.Id, s.Name, fouten => Voorziening(s, fouten), Voorzieningen);
        }

        foreach (var k in document.ServiceAtLocations ?? [])
        {
            Lees("service_at_location", k.Id, null, fouten => Koppeling(k, fouten), Koppelingen);
        }

        foreach (var t in document.Schedules ?? [])
        {
            Lees("schedule", t.Id, t.Description, fouten => LeesSchema(t, fouten), Schemas);
        }
    }

    /// <summary>The records in file order, each with its row or, when refused, its reasons.</summary>
    public List<(Verslagregel Regel, object? Rij)> Records { get; } = [];

    public bool Geweigerd => Records.Any(r => r.Regel.Uitkomst == Uitkomsten.Geweigerd);

    public List<OrganisatieRij> Organisaties { get; } = [];

    public List<LocatieRij> Locaties { get; } = [];

    public List<VoorzieningRij> Voorzieningen { get; } = [];

    public List<KoppelingRij> Koppelingen { get; } = [];

    /// <summary>A schedule is one or more openingstijden (one per day in byday) or one sluitingsdag.</summary>
    public List<Schema> Schemas { get; } = [];

    internal sealed record Schema(Guid Id, IReadOnlyList<OpeningstijdRij> Openingstijden, SluitingsdagRij? Sluitingsdag)
    {
        public Guid VoorzieningId => Sluitingsdag?.VoorzieningId ?? Openingstijden[0].VoorzieningId;
    }

    private void VerzamelIds(HsdsDocument document)
    {
        organisatiesInBestand.UnionWith((document.Organizations ?? []).Select(o => Uuid(o.Id)).OfType<Guid>());
        locatiesInBestand.UnionWith((document.Locations ?? []).Select(l => Uuid(l.Id)).OfType<Guid>());
        voorzieningenInBestand.UnionWith((document.Services ?? []).Select(s => Uuid(s.Id)).OfType<Guid>());
        foreach (var k in document.ServiceAtLocations ?? [])
        {
            if (Uuid(k.Id) is { } id && Uuid(k.ServiceId) is { } voorziening && Uuid(k.LocationId) is { } locatie)
            {
                koppelingIds.TryAdd(id, new KoppelingRij(voorziening, locatie));
            }
        }
    }

    private void Lees<T>(string type, string? id, string? naam, Func<List<string>, T?> lees, List<T> rijen)
        where T : class
    {
        var fouten = new List<string>();
        if (Uuid(id) is { } uuid && !gelezen.Add((type, uuid)))
        {
            fouten.Add("Deze id komt meer dan eens voor in het bestand.");
        }

        var rij = lees(fouten);
        if (fouten.Count > 0 || rij is null)
        {
            Records.Add((new Verslagregel(type, id, naam, Uitkomsten.Geweigerd, string.Join(" ", fouten)), null));
            return;
        }

        rijen.Add(rij);
        Records.Add((new Verslagregel(type, id, naam, Uitkomsten.Ongewijzigd), rij));
    }

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

    private KoppelingRij? Koppeling(HsdsServiceAtLocation k, List<string> fouten)
    {
        VerplichteId(k.Id, fouten);
        var voorziening = DienstInBestand(k.ServiceId, fouten);
        var locatie = Verwijzing(k.LocationId, "location_id", locatiesInBestand, bestaand.Locaties.Select(l => l.Id), fouten);
        return voorziening is null || locatie is null ? null : new KoppelingRij(voorziening.Value, locatie.Value);
    }

    private Schema? LeesSchema(HsdsSchedule t, List<string> fouten)
    {
        var id = VerplichteId(t.Id, fouten);
        var koppeling = Uuid(t.ServiceAtLocationId) is { } k && koppelingIds.TryGetValue(k, out var gevonden) ? gevonden : null;
        if (t.ServiceAtLocationId is not null && koppeling is null)
        {
            fouten.Add("service_at_location_id verwijst naar geen service_at_location in dit bestand.");
        }

        var voorziening = t.ServiceId is null && koppeling is not null ? koppeling.VoorzieningId : DienstInBestand(t.ServiceId, fouten);
        var locatie = t.LocationId is null
            ? koppeling?.LocatieId
            : Verwijzing(t.LocationId, "location_id", locatiesInBestand, bestaand.Locaties.Select(l => l.Id), fouten);
        var soorten = Hsds.Codes(t.Attributes, Hsds.Bereikbaarheid).ToList();
        if (soorten.Count != 1 || !(Keuzes.Openingssoorten.Contains(soorten[0]) || soorten[0] == Hsds.Gesloten))
        {
            fouten.Add($"Geef precies één soort (attribuut {Hsds.Bereikbaarheid}) uit: {string.Join(", ", Keuzes.Openingssoorten)} of {Hsds.Gesloten}.");
            return null;
        }

        if (soorten[0] == Hsds.Gesloten)
        {
            var datum = Datum(t.ValidFrom, "valid_from", fouten);
            if (datum is null)
            {
                fouten.Add("Een sluitingsdag heeft een datum in valid_from.");
            }
            else if (t.ValidTo is not null && t.ValidTo != t.ValidFrom)
            {
                fouten.Add("Een sluitingsdag is één dag: valid_to gelijk aan valid_from.");
            }
            else if (voorziening is not null && !sluitingsdagen.Add((voorziening.Value, datum.Value)))
            {
                fouten.Add("Deze service heeft deze sluitingsdag al in het bestand.");
            }

            var omschrijving = Tekst(t.Description, "description", 200, fouten);
            return fouten.Count > 0 || id is null || voorziening is null ? null
                : new Schema(id.Value, [], new SluitingsdagRij(voorziening.Value, datum!.Value, omschrijving!));
        }

        if (t.Freq != "WEEKLY")
        {
            fouten.Add("Alleen wekelijkse schema's worden ondersteund: freq WEEKLY.");
        }

        var dagen = (t.Byday ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (dagen.Length == 0 || dagen.Any(d => !Hsds.Dagen.Contains(d)))
        {
            fouten.Add($"byday noemt de dagen, gescheiden door komma's, uit: {string.Join(",", Hsds.Dagen)}.");
        }

        var van = Tijd(t.OpensAt, "opens_at", fouten);
        var tot = Tijd(t.ClosesAt, "closes_at", fouten);
        if (van is not null && tot is not null && tot <= van)
        {
            fouten.Add("closes_at ligt niet na opens_at.");
        }

        if (fouten.Count > 0 || id is null || voorziening is null)
        {
            return null;
        }

        var weekdagen = dagen.Distinct().Select(d => Array.IndexOf(Hsds.Dagen, d) + 1).Order().ToList();
        return new Schema(id.Value,
            [.. weekdagen.Select(d => new OpeningstijdRij(
                weekdagen.Count == 1 ? id.Value : Hsds.AfgeleideId(id.Value, "dag:" + d), voorziening.Value, locatie, d, van!.Value, tot!.Value, soorten[0]))],
            null);
    }

    private Guid? DienstInBestand(string? waarde, List<string> fouten)
    {
        var id = Uuid(waarde);
        if (id is null || !voorzieningenInBestand.Contains(id.Value))
        {
            fouten.Add("service_id verwijst naar geen service in dit bestand; locaties en schema's reizen mee met hun service.");
            return null;
        }

        return id;
    }

    private static Guid? Verwijzing(string? waarde, string veld, HashSet<Guid> inBestand, IEnumerable<Guid> inDatabase, List<string> fouten)
    {
        var id = Uuid(waarde);
        if (id is null || !(inBestand.Contains(id.Value) || inDatabase.Contains(id.Value)))
        {
            fouten.Add($"{veld} verwijst naar iets dat niet in het bestand en niet op de sociale kaart staat.");
            return null;
        }

        return id;
    }

    private static Guid? VerplichteId(string? waarde, List<string> fouten)
    {
        var id = Uuid(waarde);
        if (id is null)
        {
            fouten.Add("id ontbreekt of is geen uuid.");
        }

        return id;
    }

    private static Guid? Uuid(string? waarde) => Guid.TryParse(waarde, out var id) && id != Guid.Empty ? id : null;

    private static string? Tekst(string? waarde, string veld, int maximum, List<string> fouten)
    {
        var tekst = Leeg(waarde);
        if (tekst is null)
        {
            fouten.Add($"{veld} ontbreekt.");
        }
        else if (tekst.Length > maximum)
        {
            fouten.Add($"{veld} is langer dan {maximum} tekens.");
        }

        return tekst;
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

    private static DateOnly? Datum(string? waarde, string veld, List<string> fouten)
    {
        if (waarde is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        fouten.Add($"{veld} is geen datum (JJJJ-MM-DD).");
        return null;
    }

    private static TimeOnly? Tijd(string? waarde, string veld, List<string> fouten)
    {
        if (TimeOnly.TryParseExact(waarde, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var tijd))
        {
            return tijd;
        }

        fouten.Add($"{veld} is geen tijd (UU:MM, Nederlandse tijd).");
        return null;
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
