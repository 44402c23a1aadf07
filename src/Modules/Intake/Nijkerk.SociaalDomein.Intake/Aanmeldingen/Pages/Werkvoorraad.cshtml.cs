using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>The loket's werkvoorraad: open aanmeldingen, crisis first, then by age; take one or give it back.</summary>
[Authorize(Policy = IntakeRechten.AanmeldingenBehandelen)]
public sealed class WerkvoorraadModel(IMediator mediator, ActorContext actor) : PageModel
{
    private const int PerPagina = 25;

    [BindProperty(SupportsGet = true)]
    public string? Kanaal { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bron { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Behandelaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Overdracht { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    internal Resultaten<GeefWerkvoorraad.Regel> Resultaten { get; private set; } = new(0, []);

    internal string Ik => actor.Huidig.Id;

    public int AantalPaginas => Math.Max(1, (Resultaten.Totaal + PerPagina - 1) / PerPagina);

    internal static IReadOnlyDictionary<string, string> Kanalen => Keuzes.Kanalen;

    internal static IReadOnlyDictionary<string, string> Bronnen => Keuzes.Bronnen;

    internal static IReadOnlyDictionary<string, string> Urgenties => Keuzes.Urgenties;

    internal static IReadOnlyDictionary<string, string> Behandelaars => GeefWerkvoorraad.Behandelaars;

    internal static IReadOnlyDictionary<string, string> Overdrachtfilters => GeefWerkvoorraad.Overdrachtfilters;

    internal string Filters => $"kanaal={Uri.EscapeDataString(Kanaal ?? "")}&bron={Uri.EscapeDataString(Bron ?? "")}&behandelaar={Uri.EscapeDataString(Behandelaar ?? "")}&overdracht={Uri.EscapeDataString(Overdracht ?? "")}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Kanaal = Leeg(Kanaal);
        Bron = Leeg(Bron);
        Behandelaar = Leeg(Behandelaar);
        Overdracht = Leeg(Overdracht);
        Resultaten = await mediator.Send(
            new GeefWerkvoorraad.Query(Kanaal, Bron, Behandelaar, new Paginering(Math.Max(1, Pagina), PerPagina), Overdracht), cancellationToken);
    }

    /// <summary>"Ik neem deze": also the crisis banner's button. Goes to the aanmelding, where the work is done.</summary>
    public async Task<IActionResult> OnPostNeemAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new NeemAanmelding.Command(id), cancellationToken);
        TempData["Melding"] = "U behandelt deze aanmelding nu.";
        return Redirect($"/aanmeldingen/{id}");
    }

    public async Task<IActionResult> OnPostGeefVrijAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new GeefAanmeldingVrij.Command(id), cancellationToken);
        TempData["Melding"] = "De aanmelding staat weer vrij in de werkvoorraad.";
        return RedirectToPage();
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde;
}
