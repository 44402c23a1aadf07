using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen.Pages;

[Authorize(Policy = SocialeKaartRechten.Lezen)]
public sealed class VoorzieningModel(IMediator mediator, IAuthorizationService autorisatie) : PageModel
{
    internal bool MagBeheren { get; private set; }

    internal GeefVoorziening.VoorzieningDetail? Voorziening { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Voorziening = await mediator.Send(new GeefVoorziening.Query(id), cancellationToken);
        MagBeheren = (await autorisatie.AuthorizeAsync(User, SocialeKaartRechten.Beheren)).Succeeded;
        return Page();
    }
}
