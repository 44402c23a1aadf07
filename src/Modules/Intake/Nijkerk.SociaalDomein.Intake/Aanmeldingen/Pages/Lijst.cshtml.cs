using Microsoft.AspNetCore.Authorization;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>The aanmeldingen, newest first, with the same filters as the API; an open one can be handed on from here.</summary>
[Authorize(Policy = IntakeRechten.AanmeldingenLezen)]
public sealed class LijstModel(IMediator mediator) : PageModel
{
    private const int PerPagina = 25;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kanaal { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bron { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public Guid? Nieuw { get; set; }

    internal Resultaten<ZoekAanmeldingen.AanmeldingRegel> Resultaten { get; private set; } = new(0, []);

    public int AantalPaginas => Math.Max(1, (Resultaten.Totaal + PerPagina - 1) / PerPagina);

    internal static IReadOnlyDictionary<string, string> Kanalen => Keuzes.Kanalen;

    internal static IReadOnlyDictionary<string, string> Bronnen => Keuzes.Bronnen;

    internal static IReadOnlyDictionary<string, string> Statussen => Keuzes.Statussen;

    internal static IReadOnlyDictionary<string, string> Urgenties => Keuzes.Urgenties;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = Leeg(Status);
        Kanaal = Leeg(Kanaal);
        Bron = Leeg(Bron);
        Resultaten = await mediator.Send(
            new ZoekAanmeldingen.Query(Status, Kanaal, Bron, null, null, new Paginering(Math.Max(1, Pagina), PerPagina)), cancellationToken);
    }

    public async Task<IActionResult> OnPostZetDoorAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ZetAanmeldingDoor.Command(id), cancellationToken);
        TempData["Melding"] = "De aanmelding is doorgezet naar vraagverheldering.";
        return RedirectToPage();
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde;
}
