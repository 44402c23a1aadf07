namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>
/// The kerncijfers of a period under a filter, as tables: every number the dashboard draws, the CSV holds and the API
/// answers is a cell of one of these tables, after suppression (<see cref="Cel"/>), so no path shows a small number.
/// </summary>
internal sealed record Kerncijfers(KerncijferFilter Filter, int Drempel, IReadOnlyList<Tabel> Tabellen)
{
    public Tabel? Tabel(string code) => Tabellen.FirstOrDefault(t => t.Code == code);
}

/// <summary>
/// The period (Dutch days, both inclusive) and the filters. Kern, kanaal, bron and levensfase combine freely; of
/// leefgebied, expertise and team one at a time, since a question has several of each (ADR 0023).
/// </summary>
internal sealed record KerncijferFilter(
    DateOnly Van,
    DateOnly Tot,
    string? Kern = null,
    string? Kanaal = null,
    string? Bron = null,
    string? Levensfase = null,
    string? Leefgebied = null,
    string? Expertise = null,
    string? Team = null);

/// <summary>
/// One table: a <paramref name="Code"/> the API and the CSV name it by (see <see cref="Tabellen"/>), a Dutch
/// <paramref name="Titel"/>, what its numbers are (<paramref name="Eenheid"/>: aantal, procent, uren, euro, score) and its
/// rows; <paramref name="Totaal"/> when the rows add up to one, so secondary suppression keeps it from giving a hidden
/// row away; <paramref name="Toelichting"/> says why a table is empty or partial under a filter (e.g. a measure that is
/// not counted per team).
/// </summary>
internal sealed record Tabel(string Code, string Titel, string Eenheid, IReadOnlyList<Rij> Rijen, Cel? Totaal = null, string? Toelichting = null);

/// <summary>One row: a code (a kanaal, a leefgebied, a week such as 2026-W48), a Dutch label and its cell.</summary>
internal sealed record Rij(string Code, string Label, Cel Waarde);

/// <summary>
/// A number as it may be shown: <paramref name="Waarde"/> is null when suppressed (a count under the threshold, one that
/// would give such a count away, or a share, median or mean built on one), and <paramref name="Tekst"/> is what a
/// person reads: "&lt; 5" for a suppressed cell, never the number itself.
/// </summary>
internal sealed record Cel(decimal? Waarde, string Tekst)
{
    public bool Onderdrukt => Waarde is null;
}

/// <summary>The codes of the tables, as the API documents them; the dashboard draws these.</summary>
internal static class Tabellen
{
    public const string AanmeldingenPerKanaal = "aanmeldingen-per-kanaal";
    public const string AanmeldingenPerBron = "aanmeldingen-per-bron";
    public const string AanmeldingenPerWeek = "aanmeldingen-per-week";
    /// <summary>Shares of the aanmeldingen: via verwijzer, beantwoord bij eerste contact, afgeschaald, doorgezet; and crises (aantal).</summary>
    public const string Uitkomsten = "uitkomsten";
    /// <summary>aanmelding → beantwoord / afgeschaald / vraagverheldering → overdracht → plan (aantallen).</summary>
    public const string Route = "route";
    public const string LeefgebiedenLaag = "leefgebieden-laag";
    public const string Combinaties = "combinaties";
    public const string Uitval = "uitval";
    /// <summary>Overdrachten per overgedragen aanmelding, teruggelegd (aantal en aandeel), binnen de termijn, samenvatting voldoende.</summary>
    public const string KastjeMuur = "kastje-muur";
    /// <summary>Hours from first contact to aanspreekpunt: mediaan and 90e percentiel.</summary>
    public const string TijdTotAanspreekpunt = "tijd-tot-aanspreekpunt";
    public const string Plannen = "plannen";
    public const string Zelfredzaamheid = "zelfredzaamheid";
    public const string Voorzieningen = "voorzieningen";

    /// <summary>Every table, in the order the answer gives them.</summary>
    public static readonly IReadOnlyList<string> Alle =
    [
        AanmeldingenPerKanaal, AanmeldingenPerBron, AanmeldingenPerWeek, Uitkomsten, Route, LeefgebiedenLaag, Combinaties, Uitval,
        KastjeMuur, TijdTotAanspreekpunt, Plannen, Zelfredzaamheid, Voorzieningen,
    ];
}
