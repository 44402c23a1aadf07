using Microsoft.AspNetCore.Authorization;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

[Authorize(Policy = VraagverhelderingRechten.Lezen)]
public sealed class WerkvoorraadModel(IMediator mediator) : PageModel
{
    internal Resultaten<ZoekVraagverhelderingen.VraagverhelderingRegel> Resultaten { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resultaten = await mediator.Send(new ZoekVraagverhelderingen.Query(VraagverhelderingStatus.Open, new Paginering(1, Paginering.Maximum)), cancellationToken);
}
