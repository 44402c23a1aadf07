using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

/// <summary>
/// The werkvoorraad of vraagverheldering: open ones by urgentie, then oldest first, with the inwoner's name and the
/// question (never a BSN); filters on who has it, urgentie and kern; take one or give it back.
/// </summary>
[Authorize(Policy = VraagverhelderingRechten.Lezen)]
public sealed class WerkvoorraadModel(IMediator mediator, ActorContext actor) : PageModel
{
    private const int PerPagina = 25;

    [BindProperty(SupportsGet = true)]
    public string? Behandelaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Urgentie { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kern { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    internal Resultaten<ZoekVraagverhelderingen.VraagverhelderingRegel> Resultaten { get; private set; } = new(0, []);

    /// <summary>Which of the rows shown are mine: only those get "Vrijgeven".</summary>
    internal IReadOnlySet<Guid> VanMij { get; private set; } = new HashSet<Guid>();

    internal bool MagBehandelen => actor.Huidig.Mag(VraagverhelderingRechten.Behandelen);

    public int AantalPaginas => Math.Max(1, (Resultaten.Totaal + PerPagina - 1) / PerPagina);

    internal static IReadOnlyDictionary<string, string> Behandelaars => Keuzes.Behandelaars;

    internal static IReadOnlyDictionary<string, string> Urgenties => Keuzes.Urgenties;

    /// <summary>The kernen of the municipality, as the inwoner register records them.</summary>
    internal static IReadOnlyDictionary<string, string> Kernen { get; } =
        new[] { "Nijkerk", "Nijkerkerveen", "Hoevelaken" }.ToDictionary(k => k, k => k);

    internal string Filters =>
        $"behandelaar={Uri.EscapeDataString(Behandelaar ?? "")}&urgentie={Uri.EscapeDataString(Urgentie ?? "")}&kern={Uri.EscapeDataString(Kern ?? "")}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Behandelaar = Leeg(Behandelaar);
        Urgentie = Leeg(Urgentie);
        Kern = Leeg(Kern);
        Resultaten = await mediator.Send(
            new ZoekVraagverhelderingen.Query(
                VraagverhelderingStatus.Open, new Paginering(Math.Max(1, Pagina), PerPagina), Behandelaar, Urgentie, Kern),
            cancellationToken);
        if (Resultaten.Items.Any(r => r.Behandelaar is not null))
        {
            var mijn = await mediator.Send(
                new ZoekVraagverhelderingen.Query(VraagverhelderingStatus.Open, new Paginering(1, Paginering.Maximum), "mij"), cancellationToken);
            VanMij = mijn.Items.Select(r => r.Id).ToHashSet();
        }
    }

    /// <summary>"Ik neem deze": goes to the vraagverheldering, where the work is done.</summary>
    public async Task<IActionResult> OnPostNeemAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new NeemVraagverheldering.Command(id), cancellationToken);
        TempData["Melding"] = "U behandelt deze vraagverheldering nu.";
        return Redirect($"/vraagverhelderingen/{id}");
    }

    public async Task<IActionResult> OnPostGeefVrijAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new NeemVraagverheldering.GeefVrij(id), cancellationToken);
        TempData["Melding"] = "De vraagverheldering staat weer vrij in de werkvoorraad.";
        return RedirectToPage();
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
}
