using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen.Pages;

[Authorize(Policy = SocialeKaartRechten.Beheren)]
public sealed class TeControlerenModel(IMediator mediator) : PageModel
{
    internal IReadOnlyList<ZoekTeControlerenVoorzieningen.TeControleren> Voorzieningen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Voorzieningen = await mediator.Send(new ZoekTeControlerenVoorzieningen.Query(), cancellationToken);
}
