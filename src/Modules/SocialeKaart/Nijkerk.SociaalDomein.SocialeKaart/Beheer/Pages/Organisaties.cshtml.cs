using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer.Pages;

/// <summary>Where the beheerder starts: every organisatie on the kaart, to open, and a way to add one.</summary>
[Authorize(Policy = SocialeKaartRechten.Beheren)]
public sealed class OrganisatiesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Naam { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MetGearchiveerd { get; set; }

    internal Resultaten<ZoekOrganisaties.OrganisatieRegel> Organisaties { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisaties = await mediator.Send(new ZoekOrganisaties.Query(Naam, MetGearchiveerd, new Paginering(1, Paginering.Maximum)), cancellationToken);
}
