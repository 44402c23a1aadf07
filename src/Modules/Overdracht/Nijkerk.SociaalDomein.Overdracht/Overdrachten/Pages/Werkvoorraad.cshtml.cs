using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten.Pages;

/// <summary>
/// The werkvoorraad of overdrachten: for a vakspecialist his own teams' (the query decides), for the loket all; the
/// overdue first, then by the end of the term; each opens the overdracht, where it is accepted or laid back.
/// </summary>
[Authorize(Policy = OverdrachtRechten.Lezen)]
public sealed class WerkvoorraadModel(IMediator mediator) : PageModel
{
    private const int PerPagina = 25;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = ZoekOverdrachten.Open;

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    internal Resultaten<ZoekOverdrachten.OverdrachtRegel> Resultaten { get; private set; } = new(0, []);

    public int AantalPaginas => Math.Max(1, (Resultaten.Totaal + PerPagina - 1) / PerPagina);

    internal static IReadOnlyDictionary<string, string> Statussen { get; } = new Dictionary<string, string>
    {
        [ZoekOverdrachten.Open] = "Open (aangeboden en verlopen)",
        [OverdrachtStatus.Geaccepteerd] = "Geaccepteerd",
        [OverdrachtStatus.Teruggelegd] = "Teruggelegd",
        [OverdrachtStatus.Afgerond] = "Afgerond",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = string.IsNullOrWhiteSpace(Status) ? null : Status.Trim();
        Resultaten = await mediator.Send(new ZoekOverdrachten.Query(null, Status, null, new Paginering(Math.Max(1, Pagina), PerPagina)), cancellationToken);
    }
}
