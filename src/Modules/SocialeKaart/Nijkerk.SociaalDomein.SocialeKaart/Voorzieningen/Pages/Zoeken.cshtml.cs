using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen.Pages;

/// <summary>Finding help on the sociale kaart, with the same filters as the API; each card says when it is open.</summary>
[Authorize(Policy = SocialeKaartRechten.Lezen)]
public sealed class ZoekenModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Leefgebied { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Doelgroep { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kern { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Kosteloos { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? OpenOp { get; set; }

    internal Resultaten<ZoekVoorzieningen.VoorzieningRegel> Resultaten { get; private set; } = new(0, []);

    internal ILookup<Guid, GeefOpeningstijden.Tijd> Tijden { get; private set; } = Array.Empty<GeefOpeningstijden.Tijd>().ToLookup(t => t.VoorzieningId);

    internal DateTimeOffset Nu => clock.GetUtcNow();

    internal static IReadOnlyList<string> Kernen => Keuzes.Kernen;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Resultaten = await mediator.Send(new ZoekVoorzieningen.Query(
            Leeg(Zoek), Leeg(Leefgebied), Leeg(Doelgroep), Leeg(Kern), Kosteloos ? true : null, OpenOp, new Paginering(1, 50)), cancellationToken);
        Tijden = await mediator.Send(new GeefOpeningstijden.Query([.. Resultaten.Items.Select(v => v.Id)]), cancellationToken);
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
}
