using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Pages;

/// <summary>
/// One escalation for the ijsbreker: why, by whom, the regisseur to call; forms to record a decision and money spent at
/// once, to approve another's uitgave over the balance, to say which budget pays, and to end the escalation.
/// </summary>
[Authorize(Policy = RegieRechten.EscalatiesBehandelen)]
public sealed class EscalatieModel(IMediator mediator) : PageModel, IFormulierPagina
{
    private string gepost = "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public BesluitInvoer Besluit { get; set; } = new();

    [BindProperty]
    public UitgaveInvoer Uitgave { get; set; } = new();

    [BindProperty]
    public AfhandelingInvoer Afhandeling { get; set; } = new();

    internal GeefEscalaties.Escalatie Escalatie { get; private set; } = null!;

    internal Budgetpot.Stand Budget { get; private set; } = null!;

    internal string Gepost => gepost;

    string IFormulierPagina.Voorvoegsel => gepost.Length == 0 ? "" : gepost + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostBesluitAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Besluit);
        await mediator.Send(new LegBesluitVast.Command(Id, Besluit.Besluit), cancellationToken);
        TempData["Melding"] = "Uw besluit is vastgelegd.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostUitgaveAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Uitgave);
        decimal? bedrag = null;
        if (!string.IsNullOrWhiteSpace(Uitgave.Bedrag))
        {
            var tekst = Uitgave.Bedrag.Trim().Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
            if (!decimal.TryParse(tekst, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var gelezen))
            {
                ModelState.AddModelError("Uitgave.Bedrag", "Vul een bedrag in euro in, bijvoorbeeld 750 of 82,50.");
                await LaadAsync(cancellationToken);
                return Page();
            }

            bedrag = gelezen;
        }

        var besteed = await mediator.Send(new BesteedBudget.Command(Id, bedrag, Uitgave.Doel, Uitgave.Reden, Uitgave.GoedkeuringVragen), cancellationToken);
        TempData["Melding"] = besteed.Status == UitgaveStatus.Geteld
            ? $"De uitgave van {Budgetpot.Euro(besteed.Bedrag)} is vastgelegd; het saldo is nu {Budgetpot.Euro(besteed.Saldo)}."
            : $"De uitgave van {Budgetpot.Euro(besteed.Bedrag)} wacht op de goedkeuring van een tweede ijsbreker.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostGoedkeurenAsync(Guid uitgaveId, CancellationToken cancellationToken)
    {
        var besteed = await mediator.Send(new KeurUitgaveGoed.Command(Id, uitgaveId), cancellationToken);
        TempData["Melding"] = $"U heeft de uitgave van {Budgetpot.Euro(besteed.Bedrag)} goedgekeurd; zij telt nu mee.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostBetalerAsync(Guid uitgaveId, string? betaaldUit, CancellationToken cancellationToken)
    {
        gepost = "Betaler";
        await mediator.Send(new WijsBetalerToe.Command(Id, uitgaveId, betaaldUit), cancellationToken);
        TempData["Melding"] = $"Vastgelegd: {Escalatiecodes.Betaalbronnen[betaaldUit!]} betaalt deze uitgave.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostAfhandelingAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Afhandeling);
        await mediator.Send(new HandelEscalatieAf.Command(Id, Afhandeling.Toelichting), cancellationToken);
        TempData["Melding"] = "De escalatie is afgehandeld.";
        return Redirect("/escalaties");
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Escalatie = (await mediator.Send(new GeefEscalaties.Query(null, Paginering.Van(1, 1), Id), cancellationToken)).Items[0];
        Budget = await mediator.Send(new GeefBudget.Query(null), cancellationToken);
    }

    public sealed class BesluitInvoer
    {
        public string? Besluit { get; set; }
    }

    public sealed class UitgaveInvoer
    {
        public string? Bedrag { get; set; }

        public string? Doel { get; set; }

        public string? Reden { get; set; }

        public bool GoedkeuringVragen { get; set; }
    }

    public sealed class AfhandelingInvoer
    {
        public string? Toelichting { get; set; }
    }
}
