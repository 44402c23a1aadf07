using System.Globalization;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using static Nijkerk.SociaalDomein.Monitoring.Kerncijfers.GeefKerncijfers;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>
/// Turns the cube's sums into the tables of <see cref="Tabellen"/>, every cell through <see cref="Onderdrukking"/>.
/// Under a filter on leefgebied, expertise or team the tables read that facet's rows: a table whose measures are not
/// counted per that facet comes out empty with a <see cref="Tabel.Toelichting"/>; the tables per leefgebied, combinatie
/// or voorziening cannot be crossed with another facet and say so.
/// </summary>
internal sealed class KerncijferTabellen(
    KerncijferFilter filter, string facet, string waarde, Onderdrukking onderdrukking,
    IReadOnlyDictionary<string, string> leefgebieden, IReadOnlyDictionary<Guid, string> voorzieningen)
{
    private bool ZonderFacet => facet == Facet.Geen;

    public IReadOnlyList<Tabel> Bouw(Cijfers c)
    {
        var t = c.Totaal;
        return
        [
            PerDimensie(Tabellen.AanmeldingenPerKanaal, "Aanmeldingen per kanaal", Dimensies.Kanalen, c.PerKanaal, t.Aanmeldingen),
            PerDimensie(Tabellen.AanmeldingenPerBron, "Aanmeldingen per bron", Dimensies.Bronnen, c.PerBron, t.Aanmeldingen),
            PerWeek(c.PerWeek, t.Aanmeldingen),
            Gemengd(Tabellen.Uitkomsten, "Uitkomsten van de aanmeldingen", Eenheden.Gemengd,
            [
                new("via-verwijzer", "Via een verwijzer (huisarts/POH, school), % van de aanmeldingen", onderdrukking.Aandeel(t.ViaVerwijzer, t.Aanmeldingen)),
                new("beantwoord", "Beantwoord bij het eerste contact, % van de aanmeldingen", onderdrukking.Aandeel(t.Beantwoord, t.Aanmeldingen)),
                new("afgeschaald", "Afgeschaald naar het voorliggend veld, % van de aanmeldingen", onderdrukking.Aandeel(t.Afgeschaald, t.Aanmeldingen)),
                new("doorgezet", "Doorgezet naar vraagverheldering, % van de aanmeldingen", onderdrukking.Aandeel(t.Doorgezet, t.Aanmeldingen)),
                new("gerouteerd", "Naar het bestaande aanspreekpunt, % van de aanmeldingen", onderdrukking.Aandeel(t.Gerouteerd, t.Aanmeldingen)),
                new("crisis", "Crises (aantal)", onderdrukking.Aantal(t.Crisis)),
            ], t.Aanmeldingen + t.Crisis),
            Gemengd(Tabellen.Route, "Route van de vragen", Eenheden.Aantal,
            [
                new("aanmelding", "Aanmelding", onderdrukking.Aantal(t.Aanmeldingen)),
                new("beantwoord", "Beantwoord", onderdrukking.Aantal(t.Beantwoord)),
                new("afgeschaald", "Afgeschaald", onderdrukking.Aantal(t.Afgeschaald)),
                new("vraagverheldering", "Vraagverheldering", onderdrukking.Aantal(t.Doorgezet)),
                new("overdracht", "Overdracht", onderdrukking.Aantal(t.OverdrachtEerste)),
                new("plan", "Plan", onderdrukking.Aantal(t.PlanGestart)),
            ], t.Aanmeldingen + t.Beantwoord + t.Afgeschaald + t.Doorgezet + t.OverdrachtEerste + t.PlanGestart),
            PerWaarde(Tabellen.LeefgebiedenLaag, "Leefgebieden het vaakst gescoord met 1 of 2", Facet.Leefgebied, c,
                w => w.ScoreLaag, w => onderdrukking.Aantal(w.ScoreLaag), Leefgebied, Eenheden.Aantal, alle: true),
            PerWaarde(Tabellen.Combinaties, "Combinaties van domeinen (meervoudige vragen)", Facet.Combinatie, c,
                w => w.Meervoudig, w => onderdrukking.Aantal(w.Meervoudig), w => w.Replace("+", " + ", StringComparison.Ordinal), Eenheden.Aantal, alle: true),
            Uitval(t),
            Gemengd(Tabellen.KastjeMuur, "Kastje-muurindex: overdrachten", Eenheden.Gemengd,
            [
                new("overdrachten", "Overdrachten aangeboden (aantal)", onderdrukking.Aantal(t.OverdrachtAangeboden)),
                new("overgedragen-aanmeldingen", "Aanmeldingen met een overdracht (aantal)", onderdrukking.Aantal(t.OverdrachtEerste)),
                new("per-aanmelding", "Overdrachten per overgedragen aanmelding", onderdrukking.Gemiddelde(t.OverdrachtAangeboden, t.OverdrachtEerste)),
                new("teruggelegd", "Teruggelegd (aantal)", onderdrukking.Aantal(t.OverdrachtTeruggelegd)),
                new("teruggelegd-aandeel", "Teruggelegd, % van de overdrachten", onderdrukking.Aandeel(t.OverdrachtTeruggelegd, t.OverdrachtAangeboden)),
                new("verlopen", "Verlopen zonder acceptatie (aantal)", onderdrukking.Aantal(t.OverdrachtVerlopen)),
                new("geaccepteerd", "Geaccepteerd (aantal)", onderdrukking.Aantal(t.OverdrachtGeaccepteerd)),
                new("binnen-termijn", "Binnen de termijn geaccepteerd, % van de geaccepteerde", onderdrukking.Aandeel(t.BinnenTermijn, t.OverdrachtGeaccepteerd)),
                new("samenvatting-voldoende", "Samenvatting was genoeg (verhaal één keer verteld), % van de geaccepteerde",
                    onderdrukking.Aandeel(t.SamenvattingVoldoende, t.OverdrachtGeaccepteerd)),
            ], t.OverdrachtAangeboden + t.OverdrachtEerste + t.OverdrachtTeruggelegd + t.OverdrachtVerlopen + t.OverdrachtGeaccepteerd),
            TijdTotAanspreekpunt(c.Duren),
            Plannen(t, c.Open),
            PerWaarde(Tabellen.Zelfredzaamheid, "Verandering in zelfredzaamheid per leefgebied (start tot afsluiting plan)", Facet.Leefgebied, c,
                w => w.ScoreVeranderingAantal, w => onderdrukking.Gemiddelde(w.ScoreVeranderingSom, w.ScoreVeranderingAantal, "+0.00;-0.00;0.00"),
                Leefgebied, Eenheden.Score, alle: true),
            PerWaarde(Tabellen.Voorzieningen, "Voorzieningen het vaakst naar verwezen (top 10)", Facet.Voorziening, c,
                w => w.VoorzieningVerwezen, w => onderdrukking.Aantal(w.VoorzieningVerwezen), Voorziening, Eenheden.Aantal, alle: false),
        ];
    }

    private Tabel PerDimensie(string code, string titel, IReadOnlyDictionary<string, string> codes, IReadOnlyDictionary<string, long> aantallen, long totaal)
    {
        if (LeegOnderFacet(totaal))
        {
            return NietGeteld(code, titel, Eenheden.Aantal);
        }

        var rijen = codes.Select(k => (k.Key, k.Value, aantallen.GetValueOrDefault(k.Key)))
            .Concat(aantallen.Where(a => !codes.ContainsKey(a.Key)).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Key, a.Value)))
            .ToList();
        return onderdrukking.Aantallen(code, titel, rijen, totaal);
    }

    private Tabel PerWeek(IReadOnlyDictionary<DateOnly, long> aantallen, long totaal)
    {
        if (LeegOnderFacet(totaal))
        {
            return NietGeteld(Tabellen.AanmeldingenPerWeek, "Aanmeldingen per week", Eenheden.Aantal);
        }

        var rijen = new List<(string, string, long)>();
        for (var maandag = Maandag(filter.Van); maandag <= filter.Tot; maandag = maandag.AddDays(7))
        {
            var datum = maandag.ToDateTime(TimeOnly.MinValue);
            var (jaar, week) = (ISOWeek.GetYear(datum), ISOWeek.GetWeekOfYear(datum));
            rijen.Add(($"{jaar}-W{week:00}", $"Week {week} van {jaar}", aantallen.GetValueOrDefault(maandag)));
        }

        return onderdrukking.Aantallen(Tabellen.AanmeldingenPerWeek, "Aanmeldingen per week", rijen, totaal,
            "Per ISO-week (maandag tot en met zondag); de eerste en de laatste week tellen alleen de dagen in de periode.");
    }

    private Tabel Uitval(Som t)
    {
        const string titel = "Uitval in de vraagverheldering";
        if (LeegOnderFacet(t.VraagverhelderingAfgerond))
        {
            return NietGeteld(Tabellen.Uitval, titel, Eenheden.Aantal);
        }

        var overig = Math.Max(t.VraagverhelderingAfgerond - t.VraagverhelderingIngetrokken - t.VraagverhelderingNietBereikt, 0);
        return onderdrukking.Aantallen(Tabellen.Uitval, titel,
        [
            ("afgerond-met-uitkomst", "Afgerond met een uitkomst", overig),
            ("ingetrokken", "Ingetrokken door de inwoner", t.VraagverhelderingIngetrokken),
            ("niet-bereikt", "Inwoner niet bereikt", t.VraagverhelderingNietBereikt),
        ], t.VraagverhelderingAfgerond, "Het totaal is het aantal afgeronde vraagverhelderingen.");
    }

    private Tabel TijdTotAanspreekpunt(IReadOnlyList<(int Uren, long Aantal)> duren)
    {
        const string titel = "Tijd van eerste contact tot aanspreekpunt (uren)";
        if (!ZonderFacet)
        {
            return new Tabel(Tabellen.TijdTotAanspreekpunt, titel, Eenheden.Uren, [], null,
                $"Niet van toepassing bij een filter op {facet}: de doorlooptijd wordt alleen per kern, kanaal, bron en levensfase bijgehouden.");
        }

        var aantal = duren.Sum(d => d.Aantal);
        return new Tabel(Tabellen.TijdTotAanspreekpunt, titel, Eenheden.Uren,
        [
            new("mediaan", "Mediaan (uren)", onderdrukking.Maat(Percentiel(duren, aantal, 0.5m), aantal, "0")),
            new("p90", "90e percentiel (uren)", onderdrukking.Maat(Percentiel(duren, aantal, 0.9m), aantal, "0")),
            new("aantal", "Aantal vragen met een aanspreekpunt", onderdrukking.Aantal(aantal)),
        ], null, "In hele uren, afgerond naar beneden; een percentiel is het kleinste aantal uren waarbinnen dat deel van de vragen een aanspreekpunt had.");
    }

    private Tabel Plannen(Som t, long? open)
    {
        const string titel = "Plannen";
        if (LeegOnderFacet(t.PlanGestart + t.PlanGeescaleerd + t.PlanAfgesloten))
        {
            return NietGeteld(Tabellen.Plannen, titel, Eenheden.Gemengd);
        }

        List<Rij> rijen = open is { } o ? [new("open", "Open aan het eind van de periode (aantal)", onderdrukking.Aantal(o))] : [];
        rijen.AddRange(
        [
            new("gestart", "Gestart (aantal)", onderdrukking.Aantal(t.PlanGestart)),
            new("geescaleerd", "Geëscaleerd naar de ijsbreker (aantal)", onderdrukking.Aantal(t.PlanGeescaleerd)),
            new("afgesloten", "Afgesloten (aantal)", onderdrukking.Aantal(t.PlanAfgesloten)),
            new("budget", "Budget besteed door de ijsbrekers (euro)", onderdrukking.Maat(t.Budget, t.PlanGeescaleerd, "0.00")),
        ]);
        return new Tabel(Tabellen.Plannen, titel, Eenheden.Gemengd, rijen, null,
            open is null ? $"Open plannen alleen zonder filter op leefgebied, expertise of team (afsluitingen worden niet per {facet} geteld)." : null);
    }

    private Tabel PerWaarde(
        string code, string titel, string eigenFacet, Cijfers c, Func<FacetSom, long> maat, Func<FacetSom, Cel> cel, Func<string, string> label,
        string eenheid, bool alle)
    {
        if (!ZonderFacet && facet != eigenFacet)
        {
            return new Tabel(code, titel, eenheid, [], null,
                $"Niet van toepassing bij een filter op {facet}: deze cijfers worden per {eigenFacet} geteld en zijn niet te combineren met een {facet}.");
        }

        var waarden = alle
            ? c.Waarden.Where(w => w.Facet == eigenFacet && maat(w) > 0).OrderByDescending(maat).ThenBy(w => label(w.Waarde), StringComparer.Ordinal)
            : Handler.Top(c.Waarden, eigenFacet, maat);
        return new Tabel(code, titel, eenheid, [.. waarden.Select(w => new Rij(w.Waarde, label(w.Waarde), cel(w)))]);
    }

    /// <summary>A table of mixed rows without a total (shares, counts that do not add up), or "niet geteld" when all of <paramref name="samen"/> is 0 under a facet.</summary>
    private Tabel Gemengd(string code, string titel, string eenheid, IReadOnlyList<Rij> rijen, long samen) =>
        LeegOnderFacet(samen) ? NietGeteld(code, titel, eenheid) : new(code, titel, eenheid, rijen);

    private string Leefgebied(string code) => leefgebieden.GetValueOrDefault(code, code);

    private string Voorziening(string code) => Guid.TryParse(code, out var id) && voorzieningen.TryGetValue(id, out var naam) ? naam : code;

    /// <summary>Under a facet filter, a measure that has no rows there is one not counted per that facet.</summary>
    private bool LeegOnderFacet(long samen) => !ZonderFacet && samen == 0;

    private Tabel NietGeteld(string code, string titel, string eenheid) =>
        new(code, titel, eenheid, [], null,
            $"Geen cijfers voor {facet} '{waarde}' in deze periode: deze maat wordt niet per {facet} geteld, of kwam niet voor.");

    private static DateOnly Maandag(DateOnly dag) => dag.AddDays(-(((int)dag.DayOfWeek + 6) % 7));

    /// <summary>Nearest rank: the smallest number of hours within which at least this share of the durations fell.</summary>
    public static decimal? Percentiel(IReadOnlyList<(int Uren, long Aantal)> duren, long aantal, decimal deel)
    {
        if (aantal == 0)
        {
            return null;
        }

        var rang = (long)Math.Ceiling(deel * aantal);
        long gezien = 0;
        foreach (var (uren, n) in duren.OrderBy(d => d.Uren))
        {
            gezien += n;
            if (gezien >= rang)
            {
                return uren;
            }
        }

        return duren.Max(d => d.Uren);
    }
}
