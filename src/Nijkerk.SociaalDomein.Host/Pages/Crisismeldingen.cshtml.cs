using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Shared;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Host.Pages;

/// <summary>
/// The crisis banner for the open screens: pushed as server-sent events (<c>?handler=stroom</c>, see
/// <see cref="Crisisstroom"/>), or for a browser without EventSource polled slowly: 204 when it shows <c>stand</c>
/// already, else the fresh banner. Only staff who may handle aanmeldingen see it, as on the pages.
/// </summary>
[Authorize(Policy = IntakeRechten.AanmeldingenBehandelen)]
[VerlengtSessieNiet]
public sealed class CrisismeldingenModel(IMediator mediator) : PageModel
{
    public Crisisoverzicht Overzicht { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(string? stand, CancellationToken cancellationToken)
    {
        Overzicht = await mediator.Send(new GeefOpenCrisismeldingen(), cancellationToken);
        return stand == Crisisstand.Van(Overzicht) ? StatusCode(StatusCodes.Status204NoContent) : Page();
    }

    /// <summary>The stream of this screen; it holds the request open until the screen goes or the host stops.</summary>
    public async Task<IActionResult> OnGetStroomAsync(string? stand, [FromServices] Crisisstroom stroom)
    {
        await stroom.SchrijfAsync(PageContext, stand);
        return new EmptyResult();
    }
}
