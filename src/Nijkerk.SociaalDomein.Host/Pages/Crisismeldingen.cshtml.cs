using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Host.Pages;

/// <summary>The inside of the crisis banner, for htmx to poll; the layout draws the same on every page load.</summary>
[Authorize(Policy = Rechten.AanmeldingenBehandelen)]
public sealed class CrisismeldingenModel(IMediator mediator) : PageModel
{
    public Crisisoverzicht Overzicht { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overzicht = await mediator.Send(new GeefOpenCrisismeldingen(), cancellationToken);
}
