using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Bewaring.Bewaartermijnen.Pages;

/// <summary>The functioneel beheerder's page of bewaartermijnen: every category with its term and source, each changeable.</summary>
[Authorize(Policy = Rechten.BewaringBeheren)]
public sealed class BewaartermijnenModel(IMediator mediator) : PageModel, IFormulierPagina
{
    internal IReadOnlyList<GeefBewaartermijnen.Bewaartermijn> Termijnen { get; private set; } = [];

    /// <summary>The category whose form was posted: its fields show what was typed and the messages.</summary>
    [BindProperty]
    public string? Categorie { get; set; }

    [BindProperty]
    public int? Termijn { get; set; }

    [BindProperty]
    public string? Eenheid { get; set; }

    [BindProperty]
    public string? Bron { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Termijnen = await mediator.Send(new GeefBewaartermijnen.Query(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new WijzigBewaartermijn.Command(Categorie ?? "", Termijn, Eenheid, Bron), cancellationToken);
        TempData["Melding"] = "De bewaartermijn is gewijzigd.";
        return RedirectToPage();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public string? Fout(string categorie, string veld) =>
        categorie == Categorie ? ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage : null;
}
