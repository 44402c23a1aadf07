using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>The vakspecialist's list of aanmeldingen the loket routed to him as aanspreekpunt.</summary>
[Authorize(Policy = IntakeRechten.GerouteerdeAanmeldingenLezen)]
public sealed class AanMijGerouteerdModel(IMediator mediator) : PageModel
{
    private const int PerPagina = 25;

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    internal Resultaten<GeefAanMijGerouteerd.Regel> Resultaten { get; private set; } = new(0, []);

    internal static IReadOnlyDictionary<string, string> Kanalen => Keuzes.Kanalen;

    internal static IReadOnlyDictionary<string, string> Urgenties => Keuzes.Urgenties;

    public int AantalPaginas => Math.Max(1, (Resultaten.Totaal + PerPagina - 1) / PerPagina);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resultaten = await mediator.Send(new GeefAanMijGerouteerd.Query(new Paginering(Math.Max(1, Pagina), PerPagina)), cancellationToken);
}
