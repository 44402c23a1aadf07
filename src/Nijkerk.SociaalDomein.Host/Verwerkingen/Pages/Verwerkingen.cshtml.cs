using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Verwerkingen.Pages;

[Authorize(Policy = Rechten.VerwerkingenLezen)]
public sealed class VerwerkingenModel(IMediator mediator, IAuthorizationService autorisatie) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Inwoner { get; set; }

    internal Resultaten<ZoekVerwerkingen.VerwerkingRegel>? Resultaten { get; private set; }

    /// <summary>Whether the inzage letter (AVG art. 15) may be offered for this inwoner.</summary>
    internal bool MagInzage { get; private set; }

    public string? Fout => ModelState.Values.SelectMany(v => v.Errors).FirstOrDefault()?.ErrorMessage;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Inwoner is null)
        {
            return;
        }

        MagInzage = (await autorisatie.AuthorizeAsync(User, Rechten.PersoonsgegevensInzien)).Succeeded;
        Resultaten = await mediator.Send(new ZoekVerwerkingen.Query(Inwoner, new Paginering(1, Paginering.Maximum)), cancellationToken);
    }
}
