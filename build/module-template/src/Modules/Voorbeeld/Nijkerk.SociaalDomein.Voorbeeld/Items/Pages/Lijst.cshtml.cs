using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.SociaalDomein.Voorbeeld.Items.Pages;

[Authorize(Policy = VoorbeeldRechten.Lezen)]
public sealed class LijstModel(IMediator mediator) : PageModel
{
    internal IReadOnlyList<GeefItems.Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await mediator.Send(new GeefItems.Query(), cancellationToken);
}
