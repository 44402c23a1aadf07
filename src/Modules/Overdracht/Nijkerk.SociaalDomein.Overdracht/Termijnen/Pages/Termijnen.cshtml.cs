using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen.Pages;

/// <summary>
/// The functioneel beheerder sets each team's term and keeps the municipality's closing days, beside the public
/// holidays the term skips already. One small form per change, so each works without script.
/// </summary>
[Authorize(Policy = OverdrachtRechten.TermijnenBeheren)]
public sealed class TermijnenModel(IMediator mediator) : PageModel, IFormulierPagina
{
    private string voorvoegsel = nameof(Sluitingsdag) + ".";

    [BindProperty]
    public SluitingsdagInvoer Sluitingsdag { get; set; } = new();

    [BindProperty]
    public TermijnInvoer Termijn { get; set; } = new();

    internal GeefTermijnen.Overzicht Overzicht { get; private set; } = new([], [], []);

    string IFormulierPagina.Voorvoegsel => voorvoegsel;

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSluitingsdagAsync(CancellationToken cancellationToken)
    {
        DateOnly? datum = null;
        if (!string.IsNullOrWhiteSpace(Sluitingsdag.Datum))
        {
            if (!DateOnly.TryParseExact(Sluitingsdag.Datum.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var gelezen))
            {
                ModelState.AddModelError("Sluitingsdag.Datum", "Vul een bestaande datum in, zoals 14-05-2027.");
                await LaadAsync(cancellationToken);
                return Page();
            }

            datum = gelezen;
        }

        var resultaat = await mediator.Send(new VoegSluitingsdagToe.Command(datum, Sluitingsdag.Omschrijving), cancellationToken);
        TempData["Melding"] = $"Sluitingsdag {VoegSluitingsdagToe.Tekst(datum!.Value)} is toegevoegd." + resultaat.VerschovenTermijnen switch
        {
            0 => "",
            1 => " De termijn van 1 lopende overdracht is een werkdag langer.",
            var n => $" De termijn van {n} lopende overdrachten is een werkdag langer.",
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderAsync(string? datum, CancellationToken cancellationToken)
    {
        DateOnly? dag = DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var gelezen) ? gelezen : null;
        var verwijderd = await mediator.Send(new VerwijderSluitingsdag.Command(dag), cancellationToken);
        TempData["Melding"] = $"Sluitingsdag {VoegSluitingsdagToe.Tekst(verwijderd)} is verwijderd; het is weer een werkdag voor wat vanaf nu wordt aangeboden.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTermijnAsync(CancellationToken cancellationToken)
    {
        voorvoegsel = nameof(Termijn) + ".";
        int? werkdagen = int.TryParse(Termijn.Werkdagen, NumberStyles.Integer, CultureInfo.InvariantCulture, out var getal) ? getal : null;
        if (werkdagen is null && !string.IsNullOrWhiteSpace(Termijn.Werkdagen))
        {
            ModelState.AddModelError("Termijn.Werkdagen", "Vul een heel getal van 1 tot en met 20 in.");
            await LaadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(new WijzigTermijn.Command(Termijn.TeamCode, werkdagen), cancellationToken);
        await LaadAsync(cancellationToken);
        var team = Overzicht.Teams.FirstOrDefault(t => t.Code == Termijn.TeamCode)?.Naam ?? Termijn.TeamCode;
        TempData["Melding"] = $"De termijn van {team} is {werkdagen} werkdag(en) voor wat vanaf nu wordt aangeboden.";
        return RedirectToPage();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    /// <summary>The error of the team row the beheerder saved, next to that row's field only.</summary>
    internal string? TermijnFout(string team) =>
        Termijn.TeamCode == team && ModelState.TryGetValue("Termijn.Werkdagen", out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;

    private async Task LaadAsync(CancellationToken cancellationToken) =>
        Overzicht = await mediator.Send(new GeefTermijnen.Query(), cancellationToken);

    public sealed class SluitingsdagInvoer
    {
        public string? Datum { get; set; }

        public string? Omschrijving { get; set; }
    }

    public sealed class TermijnInvoer
    {
        public string? TeamCode { get; set; }

        public string? Werkdagen { get; set; }
    }
}
