using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Afsluiting.Pages;

/// <summary>
/// The regisseur closes the plan: a result per doel, a new score per leefgebied, a nazorg date if he wants one; after
/// closing, the page shows the change per leefgebied. The form carries the plan version it was drawn from.
/// </summary>
[Authorize(Policy = RegieRechten.PlannenBeheren)]
public sealed class AfsluitingModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int Versie { get; set; }

    /// <summary>The chosen result per doel id, as posted in <c>Resultaten[id]</c>.</summary>
    public Dictionary<string, string?> Resultaten { get; private set; } = [];

    /// <summary>The chosen end score per leefgebied code, as posted in <c>Scores[code]</c>.</summary>
    public Dictionary<string, string?> Scores { get; private set; } = [];

    [BindProperty]
    public string? NazorgOp { get; set; }

    internal GeefAfsluiting.Stand Stand { get; private set; } = null!;

    internal IReadOnlyDictionary<string, string> Leefgebieden { get; private set; } = new Dictionary<string, string>();

    internal static IReadOnlyDictionary<string, string> ResultaatNamen => SluitPlanAf.Resultaten;

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Resultaten = Gepost(nameof(Resultaten));
        Scores = Gepost(nameof(Scores));
        DateOnly? nazorg = null;
        if (!string.IsNullOrWhiteSpace(NazorgOp))
        {
            if (!DateOnly.TryParseExact(NazorgOp.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                ModelState.AddModelError(nameof(NazorgOp), "Vul een bestaande datum in, zoals 01-06-2027.");
                await LaadAsync(cancellationToken);
                return Page();
            }

            nazorg = datum;
        }

        var doelen = Resultaten.Select(r => new SluitPlanAf.DoelInvoer(Guid.TryParse(r.Key, out var id) ? id : null, string.IsNullOrEmpty(r.Value) ? null : r.Value)).ToList();
        var scores = Scores.Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .Select(s => new SluitPlanAf.ScoreInvoer(s.Key, int.TryParse(s.Value, out var score) ? score : 0)).ToList();
        try
        {
            await mediator.Send(new SluitPlanAf.Command(Id, doelen, scores, nazorg, Versie), cancellationToken);
        }
        catch (ValidationException fout)
        {
            // The command names a list item by its place (Doelen[0].Resultaat); the form names it by doel or leefgebied.
            foreach (var melding in fout.Errors)
            {
                ModelState.AddModelError(Veld(melding, doelen, scores), melding.ErrorMessage);
            }

            await LaadAsync(cancellationToken);
            return Page();
        }

        TempData["Melding"] = "Het plan is afgesloten. Hieronder ziet u de verandering per leefgebied.";
        return RedirectToPage(new { Id });
    }

    // One select per doel and per leefgebied, named by its id or code: read from the form as they are.
    private Dictionary<string, string?> Gepost(string naam) =>
        Request.Form.Keys.Where(k => k.StartsWith(naam + "[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k[(naam.Length + 1)..^1], k => (string?)Request.Form[k].ToString());

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    internal string? Fout(string veld) => ModelState.TryGetValue(veld, out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;

    private static string Veld(ValidationFailure melding, List<SluitPlanAf.DoelInvoer> doelen, List<SluitPlanAf.ScoreInvoer> scores)
    {
        var naam = melding.PropertyName;
        if (naam.StartsWith("Doelen[", StringComparison.Ordinal) && int.TryParse(naam[7..naam.IndexOf(']', StringComparison.Ordinal)], out var d) && d < doelen.Count)
        {
            return $"Resultaten[{doelen[d].DoelId}]";
        }

        if (naam.StartsWith("Scores[", StringComparison.Ordinal) && int.TryParse(naam[7..naam.IndexOf(']', StringComparison.Ordinal)], out var s) && s < scores.Count)
        {
            return $"Scores[{scores[s].Leefgebied}]";
        }

        return naam.Equals("nazorgOp", StringComparison.OrdinalIgnoreCase) ? nameof(NazorgOp) : naam.ToLowerInvariant() switch
        {
            "doelen" => "doelen",
            "scores" => "scores",
            _ => "",
        };
    }

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Stand = await mediator.Send(new GeefAfsluiting.Query(Id), cancellationToken);
        Leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam);
        Versie = Stand.Versie;
        ModelState.Remove(nameof(Versie));
    }
}
