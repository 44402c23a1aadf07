using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Bewaring.Vernietiging;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten.Pages;

/// <summary>One vernietigingslijst: what is on it, approve or reject it, and once executed the verklaring van vernietiging (printable).</summary>
[Authorize(Policy = Rechten.BewaringBeheren)]
public sealed class LijstModel(IMediator mediator) : PageModel, IFormulierPagina
{
    internal GeefVernietigingslijst.Vernietigingslijst Lijst { get; private set; } = null!;

    [BindProperty]
    public string? Reden { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Lijst = await mediator.Send(new GeefVernietigingslijst.Query(id), cancellationToken);

    public Task<IActionResult> OnPostGoedkeurenAsync(Guid id, CancellationToken cancellationToken) => BeoordeelAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostAfwijzenAsync(Guid id, CancellationToken cancellationToken) => BeoordeelAsync(id, false, cancellationToken);

    private async Task<IActionResult> BeoordeelAsync(Guid id, bool goedkeuren, CancellationToken cancellationToken)
    {
        await mediator.Send(new BeoordeelVernietigingslijst.Command(id, goedkeuren, Reden), cancellationToken);
        if (goedkeuren)
        {
            await HttpContext.RequestServices.GetRequiredService<Bewaringsronde>().VoerUitAlsVrijAsync(cancellationToken);
        }

        TempData["Melding"] = goedkeuren ? "De lijst is goedgekeurd en uitgevoerd." : "De lijst is afgewezen.";
        return RedirectToPage(new { id });
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) =>
        OnGetAsync(Guid.Parse((string)RouteData.Values["id"]!), cancellationToken);

    public string? Fout(string veld) => ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage;
}
