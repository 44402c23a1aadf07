using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Methoden.Pages;

/// <summary>
/// The functioneel beheerder keeps the methods: adds one with its leefgebieden and scale labels (one per line, so the
/// form needs no script), and renames or deactivates a leefgebied. Through the same commands as the API.
/// </summary>
[Authorize(Policy = VraagverhelderingRechten.MethodenBeheren)]
public sealed class MethodenModel(IMediator mediator) : PageModel, IFormulierPagina
{
    internal const string StandaardSchaal = "1: Acute problematiek\n2: Niet zelfredzaam\n3: Beperkt zelfredzaam\n4: Voldoende zelfredzaam\n5: Volledig zelfredzaam";

    private string voorvoegsel = nameof(Formulier) + ".";

    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    [BindProperty]
    public LeefgebiedInvoer Wijziging { get; set; } = new();

    internal IReadOnlyList<GeefMethoden.Methode> Methoden { get; private set; } = [];

    string IFormulierPagina.Voorvoegsel => voorvoegsel;

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var schaal = new List<VoegMethodeToe.NieuweSchaalwaarde>();
        foreach (var (regel, nummer) in Regels(Formulier.Schaal).Select((r, i) => (r, i + 1)))
        {
            if (!int.TryParse(regel.Sleutel, NumberStyles.Integer, CultureInfo.InvariantCulture, out var waarde))
            {
                ModelState.AddModelError("Formulier.Schaal", $"Regel {nummer} van de schaal begint niet met een getal; schrijf bijvoorbeeld “1: Acute problematiek”.");
                await LaadAsync(cancellationToken);
                return Page();
            }

            schaal.Add(new VoegMethodeToe.NieuweSchaalwaarde(waarde, regel.Tekst));
        }

        var leefgebieden = Regels(Formulier.Leefgebieden).Select(r => new VoegMethodeToe.NieuwLeefgebied(r.Sleutel, r.Tekst)).ToList();
        var code = await mediator.Send(
            new VoegMethodeToe.Command(Formulier.Code?.Trim(), Formulier.Naam, Formulier.Standaard, leefgebieden, schaal), cancellationToken);
        TempData["Melding"] = $"De methode {code} is toegevoegd met {leefgebieden.Count} leefgebied(en).";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLeefgebiedAsync(CancellationToken cancellationToken)
    {
        voorvoegsel = nameof(Wijziging) + ".";
        await mediator.Send(
            new WijzigLeefgebied.Command(Wijziging.Methode ?? "", Wijziging.Code ?? "", Wijziging.Naam, Wijziging.Actief), cancellationToken);
        TempData["Melding"] = $"Het leefgebied {Wijziging.Code} is opgeslagen" + (Wijziging.Actief ? "." : "; het wordt niet meer aangeboden.");
        return RedirectToPage();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    /// <summary>The error of the row the beheerder saved, next to that row's name field only.</summary>
    internal string? FoutBij(string methode, string code) =>
        Wijziging.Methode == methode && Wijziging.Code == code && ModelState.TryGetValue("Wijziging.Naam", out var staat)
            ? staat.Errors.FirstOrDefault()?.ErrorMessage
            : null;

    // "code: naam" per line; a line without a colon is a code without a name, which the command's validator names.
    private static IEnumerable<(string Sleutel, string? Tekst)> Regels(string? tekst) =>
        (tekst ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.Split(':', 2, StringSplitOptions.TrimEntries))
            .Select(d => (d[0], d.Length > 1 && d[1].Length > 0 ? d[1] : null));

    private async Task LaadAsync(CancellationToken cancellationToken) =>
        Methoden = await mediator.Send(new GeefMethoden.Query(), cancellationToken);

    public sealed class Invoer
    {
        public string? Code { get; set; }

        public string? Naam { get; set; }

        public bool Standaard { get; set; }

        public string? Leefgebieden { get; set; }

        public string? Schaal { get; set; } = StandaardSchaal;
    }

    public sealed class LeefgebiedInvoer
    {
        public string? Methode { get; set; }

        public string? Code { get; set; }

        public string? Naam { get; set; }

        public bool Actief { get; set; }
    }
}
