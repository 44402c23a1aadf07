using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten.Pages;

/// <summary>Every vernietigingslijst with its status; each opens its detail page.</summary>
[Authorize(Policy = Rechten.BewaringBeheren)]
public sealed class LijstenModel(IMediator mediator) : PageModel
{
    internal IReadOnlyList<GeefVernietigingslijsten.Samenvatting> Lijsten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lijsten = await mediator.Send(new GeefVernietigingslijsten.Query(), cancellationToken);
}
