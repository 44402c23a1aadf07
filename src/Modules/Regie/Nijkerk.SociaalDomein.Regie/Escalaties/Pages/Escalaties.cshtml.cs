using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Pages;

/// <summary>The ijsbreker's list: the open escalations, those sent to him first; or the handled ones.</summary>
[Authorize(Policy = RegieRechten.EscalatiesBehandelen)]
public sealed class EscalatiesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    internal IReadOnlyList<GeefEscalaties.Escalatie> Lijst { get; private set; } = [];

    internal int Totaal { get; private set; }

    internal bool Afgehandeld => Status == Escalatiecodes.Afgehandeld;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = Status == Escalatiecodes.Afgehandeld ? Status : Escalatiecodes.Open;
        var resultaten = await mediator.Send(new GeefEscalaties.Query(Status, Paginering.Van(1, Paginering.Maximum)), cancellationToken);
        (Lijst, Totaal) = (resultaten.Items, resultaten.Totaal);
    }
}
