namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

/// <summary>
/// Compares the file's rows with the kaart: per record whether it would be created, updated or stay the same. A
/// service counts as updated when its own facts or its set of locations, opening hours and closed days changed.
/// </summary>
internal sealed class Vergelijking
{
    private readonly Dictionary<Guid, OrganisatieRij> organisaties;
    private readonly Dictionary<Guid, LocatieRij> locaties;
    private readonly Dictionary<Guid, VoorzieningRij> voorzieningen;
    private readonly HashSet<KoppelingRij> koppelingen;
    private readonly Dictionary<Guid, OpeningstijdRij> openingstijden;
    private readonly Dictionary<(Guid, DateOnly), SluitingsdagRij> sluitingsdagen;
    private readonly Onderdelen oud;

    public Vergelijking(Kaart bestaand, Importbestand bestand)
    {
        organisaties = bestaand.Organisaties.ToDictionary(o => o.Id);
        locaties = bestaand.Locaties.ToDictionary(l => l.Id);
        voorzieningen = bestaand.Voorzieningen.ToDictionary(v => v.Id);
        koppelingen = [.. bestaand.Koppelingen];
        openingstijden = bestaand.Openingstijden.ToDictionary(t => t.Id);
        sluitingsdagen = bestaand.Sluitingsdagen.ToDictionary(s => (s.VoorzieningId, s.Datum));
        oud = new Onderdelen(bestaand.Koppelingen, bestaand.Openingstijden, bestaand.Sluitingsdagen);
        Nieuw = new Onderdelen(
            bestand.Koppelingen.Distinct(),
            bestand.Schemas.SelectMany(s => s.Openingstijden),
            bestand.Schemas.Select(s => s.Sluitingsdag).OfType<SluitingsdagRij>());
        var inBestand = bestand.Voorzieningen.Select(v => v.Id).ToHashSet();
        Nieuw.Vul(inBestand);
        oud.Vul(inBestand);
    }

    /// <summary>Per service in the file: its locations, opening hours and closed days as the file gives them.</summary>
    public Onderdelen Nieuw { get; }

    public bool OnderdelenGewijzigd(Guid voorziening) =>
        !Nieuw.Koppelingen[voorziening].ToHashSet().SetEquals(oud.Koppelingen[voorziening])
        || !Nieuw.Openingstijden[voorziening].ToHashSet().SetEquals(oud.Openingstijden[voorziening])
        || !Nieuw.Sluitingsdagen[voorziening].ToHashSet().SetEquals(oud.Sluitingsdagen[voorziening]);

    public Verslagregel Beoordeel(Verslagregel regel, object rij) => rij switch
    {
        OrganisatieRij o => Uitkomst(regel, organisaties.TryGetValue(o.Id, out var b) ? b == o : null),
        LocatieRij l => Uitkomst(regel, locaties.TryGetValue(l.Id, out var b) ? b == l : null),
        VoorzieningRij v => Uitkomst(regel, voorzieningen.TryGetValue(v.Id, out var b) ? b.Gelijk(v) && !OnderdelenGewijzigd(v.Id) : null),
        KoppelingRij k => Uitkomst(regel, koppelingen.Contains(k) ? true : null),
        Importbestand.Schema { Sluitingsdag: { } s } => Uitkomst(regel, sluitingsdagen.TryGetValue((s.VoorzieningId, s.Datum), out var b) ? b == s : null),
        Importbestand.Schema schema => Schema(regel, schema),
        _ => throw new InvalidOperationException("Onbekend soort record."),
    };

    private Verslagregel Schema(Verslagregel regel, Importbestand.Schema schema)
    {
        var bestaande = schema.Openingstijden.Select(t => openingstijden.GetValueOrDefault(t.Id)).ToList();
        if (bestaande.Any(b => b is not null && b.VoorzieningId != schema.VoorzieningId))
        {
            return regel with { Uitkomst = Uitkomsten.Geweigerd, Reden = "Deze id is op de sociale kaart een openingstijd van een andere voorziening." };
        }

        return Uitkomst(regel, bestaande.All(b => b is null) ? null : bestaande.SequenceEqual(schema.Openingstijden));
    }

    private static Verslagregel Uitkomst(Verslagregel regel, bool? gelijk) => regel with
    {
        Uitkomst = gelijk switch
        {
            null => Uitkomsten.Aangemaakt,
            true => Uitkomsten.Ongewijzigd,
            false => Uitkomsten.Bijgewerkt,
        },
    };

    internal sealed class Onderdelen(IEnumerable<KoppelingRij> koppelingen, IEnumerable<OpeningstijdRij> openingstijden, IEnumerable<SluitingsdagRij> sluitingsdagen)
    {
        public Dictionary<Guid, List<KoppelingRij>> Koppelingen { get; } = koppelingen.GroupBy(k => k.VoorzieningId).ToDictionary(g => g.Key, g => g.ToList());

        public Dictionary<Guid, List<OpeningstijdRij>> Openingstijden { get; } =
            openingstijden.GroupBy(t => t.VoorzieningId).ToDictionary(g => g.Key, g => g.ToList());

        public Dictionary<Guid, List<SluitingsdagRij>> Sluitingsdagen { get; } =
            sluitingsdagen.GroupBy(s => s.VoorzieningId).ToDictionary(g => g.Key, g => g.ToList());

        /// <summary>An empty list for every service that has none, so each service in the file can be asked.</summary>
        public void Vul(IEnumerable<Guid> voorzieningen)
        {
            foreach (var id in voorzieningen)
            {
                Koppelingen.TryAdd(id, []);
                Openingstijden.TryAdd(id, []);
                Sluitingsdagen.TryAdd(id, []);
            }
        }
    }
}
