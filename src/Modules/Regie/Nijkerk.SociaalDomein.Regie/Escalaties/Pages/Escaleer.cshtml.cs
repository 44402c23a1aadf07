using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Pages;

/// <summary>
/// Escalating a stalled plan to the ijsbreker, from the plan page: aanleiding and reden. The answer names the ijsbreker
/// it went to. Who has no part in the plan gets the 404 page when he sends it.
/// </summary>
[Authorize(Policy = RegieRechten.PlannenEscaleren)]
public sealed class EscaleerModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public EscalatieInvoer Escalatie { get; set; } = new();

    internal static IEnumerable<KeyValuePair<string, string>> Aanleidingen => Escalatiecodes.Aanleidingen;

    string IFormulierPagina.Voorvoegsel => nameof(Escalatie) + ".";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var geescaleerd = await mediator.Send(new EscaleerPlan.Command(Id, Escalatie.Aanleiding, Escalatie.Reden), cancellationToken);
        TempData["Melding"] = geescaleerd.NiemandVanDienst
            ? $"Het plan is geëscaleerd. Er had niemand dienst, dus alle ijsbrekers hebben het gekregen: {string.Join(", ", geescaleerd.Ijsbrekers)}."
            : $"Het plan is geëscaleerd naar de ijsbreker van dienst: {string.Join(", ", geescaleerd.Ijsbrekers)}.";
        return RedirectToPage(new { Id });
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public sealed class EscalatieInvoer
    {
        public string? Aanleiding { get; set; }

        public string? Reden { get; set; }
    }
}
