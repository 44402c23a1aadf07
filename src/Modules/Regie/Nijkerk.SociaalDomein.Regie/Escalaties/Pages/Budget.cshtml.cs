using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Pages;

/// <summary>The ijsbrekers' pot of this year and its balance, for the ijsbrekers and the teamleider: amounts, no person.</summary>
[Authorize(Policy = RegieRechten.BudgetLezen)]
public sealed class BudgetModel(IMediator mediator) : PageModel
{
    internal Budgetpot.Stand Stand { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Stand = await mediator.Send(new GeefBudget.Query(null), cancellationToken);
}
