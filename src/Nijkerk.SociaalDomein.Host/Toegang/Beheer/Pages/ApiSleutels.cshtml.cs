using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang.Beheer.Pages;

[Authorize(Policy = Rechten.Beheer)]
public sealed class ApiSleutelsModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    [BindProperty]
    public string? Organisatie { get; set; }

    public IReadOnlyList<ApiClient> Clients { get; private set; } = [];

    /// <summary>The key just made: shown in this one response and never again.</summary>
    public string? NieuweSleutel { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Clients = await mediator.Send(new BeheerApiSleutels.Lijst(), cancellationToken);

    public async Task<IActionResult> OnPostMaakAsync(CancellationToken cancellationToken)
    {
        NieuweSleutel = await mediator.Send(new BeheerApiSleutels.Maak(Naam, Scopes, Organisatie), cancellationToken);
        Naam = null;
        Organisatie = null;
        Scopes = [];
        await OnGetAsync(cancellationToken);
        return Page();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public async Task<IActionResult> OnPostTrekInAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new BeheerApiSleutels.TrekIn(id), cancellationToken);
        TempData["Melding"] = "De sleutel is ingetrokken; hij werkt vanaf nu niet meer.";
        return RedirectToPage();
    }

    public string? Fout(string veld) => ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage;
}
