using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Inwoners.Pages;

[Authorize(Policy = Rechten.InwonersLezen)]
public sealed class InwonerModel(IMediator mediator) : PageModel
{
    internal GeefInwoner.Inwoner? Inwoner { get; private set; }

    internal GeefOverzicht.Overzicht? Overzicht { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Inwoner = await mediator.Send(new GeefInwoner.Query(id), cancellationToken);
            Overzicht = await mediator.Send(new GeefOverzicht.Query(id), cancellationToken);
            return Page();
        }
        catch (NietGevondenException)
        {
            return NotFound();
        }
    }
}
