using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten.Pages;

/// <summary>The inwoners for whom the signed-in vakspecialist is aanspreekpunt: the overdrachten he accepted and that still run.</summary>
[Authorize(Policy = OverdrachtRechten.Behandelen)]
public sealed class MijnInwonersModel(IMediator mediator) : PageModel
{
    internal Resultaten<ZoekOverdrachten.OverdrachtRegel> Resultaten { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resultaten = await mediator.Send(
            new ZoekOverdrachten.Query(null, null, null, new Paginering(1, Paginering.Maximum), AlleenMijnInwoners: true), cancellationToken);
}
