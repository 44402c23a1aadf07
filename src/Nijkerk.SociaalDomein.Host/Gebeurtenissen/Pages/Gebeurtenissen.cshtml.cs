using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Gebeurtenissen.Pages;

[Authorize(Policy = Rechten.GebeurtenissenBeheren)]
public sealed class GebeurtenissenModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<GeparkeerdeAflevering> Geparkeerd { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Geparkeerd = await mediator.Send(new BeheerGebeurtenissen.Geparkeerd(), cancellationToken);

    public async Task<IActionResult> OnPostOpnieuwAsync(string schema, Guid eventId, string handler, CancellationToken cancellationToken)
    {
        TempData["Melding"] = await mediator.Send(new BeheerGebeurtenissen.BiedOpnieuwAan(schema, eventId, handler), cancellationToken)
            ? "De gebeurtenis is opnieuw aangeboden; de module handelt haar zo dadelijk af."
            : "Deze gebeurtenis stond niet (meer) geparkeerd.";
        return RedirectToPage();
    }

    /// <summary>The class name without its namespace: what a beheerder recognises.</summary>
    public static string Kort(string naam) => naam[(naam.LastIndexOf('.') + 1)..];
}
