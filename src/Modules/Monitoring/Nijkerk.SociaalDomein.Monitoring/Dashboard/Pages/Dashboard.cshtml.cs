using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.Monitoring.Kerncijfers;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Dashboard.Pages;

/// <summary>
/// The kerncijfers for the teamleider and beleid as pictures with their tables: a GET form, so a link shares the view;
/// its filters are dimensions and a period, never a person.
/// </summary>
[Authorize(Policy = MonitoringRechten.Lezen)]
public sealed class DashboardModel(IMediator mediator, TimeProvider clock) : PageModel
{
    /// <summary>Twelve weeks up to and including today, when no period is asked.</summary>
    internal const int StandaardDagen = 12 * 7;

    [BindProperty(SupportsGet = true)]
    public string? Van { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tot { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kern { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kanaal { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bron { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Levensfase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Leefgebied { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Expertise { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    /// <summary>The form's fields; a message of the query under another name is shown above the form.</summary>
    internal static string[] Velden { get; } =
        [nameof(Van), nameof(Tot), nameof(Kern), nameof(Kanaal), nameof(Bron), nameof(Levensfase), nameof(Leefgebied), nameof(Expertise), nameof(Team)];

    internal Kerncijfers.Kerncijfers? Cijfers { get; private set; }

    internal KerncijferFilter? Filter { get; private set; }

    internal IReadOnlyDictionary<string, string> Leefgebieden { get; private set; } = new Dictionary<string, string>();

    internal IReadOnlyDictionary<string, string> Expertises { get; private set; } = new Dictionary<string, string>();

    internal IReadOnlyDictionary<string, string> Teams { get; private set; } = new Dictionary<string, string>();

    internal static IReadOnlyDictionary<string, string> Kernen { get; } =
        new[] { "Nijkerk", "Nijkerkerveen", "Hoevelaken" }.ToDictionary(k => k, k => k);

    // The kanalen and bronnen the kerncijfers know (Intake's codes), without "onbekend", which no one picks.
    internal static IReadOnlyDictionary<string, string> Kanalen { get; } = Kiesbaar(Dimensies.Kanalen);

    internal static IReadOnlyDictionary<string, string> Bronnen { get; } = Kiesbaar(Dimensies.Bronnen);

    internal static IReadOnlyDictionary<string, string> Levensfasen { get; } = Boeking.Levensfase.Alle
        .Where(l => l != Vraagdimensies.Onbekend)
        .ToDictionary(l => l, l => l.EndsWith('+') ? $"{l.TrimEnd('+')} jaar en ouder" : $"{l.Replace("-", " tot en met ", StringComparison.Ordinal)} jaar");

    private static Dictionary<string, string> Kiesbaar(IReadOnlyDictionary<string, string> codes) =>
        codes.Where(c => c.Key != Vraagdimensies.Onbekend).ToDictionary(c => c.Key, c => c.Value);

    /// <summary>The charts first, in this order, each drawn by its own kind of picture; every other table follows as a table.</summary>
    internal static string[] Volgorde { get; } =
    [
        Tabellen.AanmeldingenPerWeek, Tabellen.Route, Tabellen.KastjeMuur, Tabellen.Zelfredzaamheid, Tabellen.Uitkomsten,
        Tabellen.AanmeldingenPerKanaal, Tabellen.AanmeldingenPerBron, Tabellen.LeefgebiedenLaag, Tabellen.Combinaties,
        Tabellen.Uitval, Tabellen.TijdTotAanspreekpunt, Tabellen.Plannen, Tabellen.Voorzieningen,
    ];

    /// <summary>The tables of the kerncijfers in <see cref="Volgorde"/>, then any the dashboard does not know yet.</summary>
    internal IEnumerable<Tabel> TabellenOpVolgorde() =>
        Cijfers is null
            ? []
            : Cijfers.Tabellen.OrderBy(t => Array.IndexOf(Volgorde, t.Code) is var i and >= 0 ? i : Volgorde.Length);

    /// <summary>The filter as the API's query string (the CSV links); only what is set.</summary>
    internal string Zoekvraag =>
        Filter is not { } f
            ? ""
            : string.Join('&', new (string Naam, string? Waarde)[]
                {
                    ("van", f.Van.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("tot", f.Tot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("kern", f.Kern), ("kanaal", f.Kanaal), ("bron", f.Bron), ("levensfase", f.Levensfase),
                    ("leefgebied", f.Leefgebied), ("expertise", f.Expertise), ("team", f.Team),
                }
                .Where(p => !string.IsNullOrEmpty(p.Waarde))
                .Select(p => $"{p.Naam}={Uri.EscapeDataString(p.Waarde!)}"));

    internal string CsvAdres(Tabel tabel) => $"/api/v1/monitoring/kerncijfers/{Uri.EscapeDataString(tabel.Code)}?{Zoekvraag}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await KeuzesAsync(cancellationToken);
        var vandaag = NederlandseDag.Vandaag(clock);
        var tot = Datum(nameof(Tot), Tot) ?? vandaag;
        var van = Datum(nameof(Van), Van) ?? tot.AddDays(1 - StandaardDagen);
        Van = van.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Tot = tot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (ModelState.IsValid && van > tot)
        {
            ModelState.AddModelError(nameof(Tot), "De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.");
        }

        Kern = Keuze(nameof(Kern), Kern, Kernen, "Kies een kern uit de lijst.");
        Kanaal = Keuze(nameof(Kanaal), Kanaal, Kanalen, "Kies een kanaal uit de lijst.");
        Bron = Keuze(nameof(Bron), Bron, Bronnen, "Kies een bron uit de lijst.");
        Levensfase = Keuze(nameof(Levensfase), Levensfase, Levensfasen, "Kies een levensfase uit de lijst.");
        Leefgebied = Keuze(nameof(Leefgebied), Leefgebied, Leefgebieden, "Kies een leefgebied uit de lijst.");
        Expertise = Keuze(nameof(Expertise), Expertise, Expertises, "Kies een expertise uit de lijst.");
        Team = Keuze(nameof(Team), Team, Teams, "Kies een team uit de lijst.");
        var uitsplitsingen = new[] { (nameof(Leefgebied), Leefgebied), (nameof(Expertise), Expertise), (nameof(Team), Team) }
            .Where(u => u.Item2 is not null).ToList();
        foreach (var (veld, _) in uitsplitsingen.Skip(1))
        {
            ModelState.AddModelError(veld, "Kies één van leefgebied, expertise en team; laat de andere twee leeg.");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        Filter = new KerncijferFilter(van, tot, Kern, Kanaal, Bron, Levensfase, Leefgebied, Expertise, Team);
        try
        {
            Cijfers = await mediator.Send(new GeefKerncijfers.Query(Filter), cancellationToken);
        }
        catch (ValidationException fouten)
        {
            // The query's own rules (a period too long, say): its messages next to the page's fields of the same name.
            foreach (var fout in fouten.Errors)
            {
                ModelState.AddModelError(fout.PropertyName.Split('.')[^1], fout.ErrorMessage);
            }

            Filter = null;
        }
    }

    private async Task KeuzesAsync(CancellationToken cancellationToken)
    {
        Leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam);
        var teams = await mediator.Send(new GeefTeams(), cancellationToken);
        Teams = teams.ToDictionary(t => t.Code, t => t.Naam);
        Expertises = teams.SelectMany(t => t.Expertises).Select(e => e.Expertise).Distinct().Order(StringComparer.Ordinal)
            .ToDictionary(e => e, e => char.ToUpperInvariant(e[0]) + e[1..].Replace('-', ' '));
    }

    private DateOnly? Datum(string veld, string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        if (DateOnly.TryParseExact(tekst.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        ModelState.AddModelError(veld, "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-09-01.");
        return null;
    }

    private string? Keuze(string veld, string? waarde, IReadOnlyDictionary<string, string> keuzes, string melding)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        if (!keuzes.ContainsKey(waarde.Trim()))
        {
            ModelState.AddModelError(veld, melding);
        }

        return waarde.Trim();
    }
}
