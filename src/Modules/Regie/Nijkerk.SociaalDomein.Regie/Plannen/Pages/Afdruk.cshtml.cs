using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.SociaalDomein.Regie.Plannen.Pages;

/// <summary>
/// The plan to give the inwoner, in plain Dutch: what the household wants to reach, who does what and when, and whom to
/// call. Only what the whole household may read: a doel or actie marked 'beperkt' stays off paper, whoever prints it.
/// The host's print stylesheet leaves navigation, header and buttons off the page.
/// </summary>
[Authorize(Policy = RegieRechten.PlannenLezen)]
public sealed class AfdrukModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal GeefPlan.Detail Detail { get; private set; } = null!;

    internal IReadOnlyList<GeefPlan.Doel> Doelen { get; private set; } = [];

    internal IReadOnlyList<GeefPlan.Actie> Acties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Detail = await mediator.Send(new GeefPlan.Query(Id), cancellationToken);
        Doelen = [.. Detail.Doelen.Where(d => d.Zichtbaarheid == Zichtbaarheden.Plan)];
        Acties = [.. Detail.Acties.Where(a => a.Zichtbaarheid == Zichtbaarheden.Plan && a.Status != ActieStatussen.Vervallen)];
    }

    internal static string Wie(GeefPlan.Actie actie) => actie.VerantwoordelijkeSoort switch
    {
        Verantwoordelijken.Inwoner => "U zelf",
        _ => actie.Organisatie is { } organisatie ? $"{actie.Verantwoordelijke} ({organisatie})" : actie.Verantwoordelijke,
    };
}
