using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

/// <summary>
/// Reads an HSDS document into the kaart's rows, checking every record: required fields, known values, times that
/// make sense, and references that resolve in the file or in the database. A record with a fault is refused with the
/// reason in Dutch; the rows of the others are kept, so the report can say what would have happened to them.
/// </summary>
internal sealed partial class Importbestand
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
}
