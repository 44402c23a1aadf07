using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Uitnodigingen.Pages;

/// <summary>The invitation the inwoner prepares the gesprek with, printable, and the record of when and how it was sent.</summary>
[Authorize(Policy = VraagverhelderingRechten.Lezen)]
public sealed class UitnodigingModel(IMediator mediator, ActorContext actor, TimeProvider clock) : PageModel, IFormulierPagina
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal GeefUitnodiging.Uitnodiging Uitnodiging { get; private set; } = null!;

    internal GeefVraagverheldering.Detail Vraagverheldering => Uitnodiging.Vraagverheldering;

    internal bool MagVastleggen { get; private set; }

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Formulier = new Invoer { VerzondenOp = DateOnly.FromDateTime(clock.GetLocalNow().DateTime) };
        await LaadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new LegVerzendingVast.Command(Id, Formulier.VerzondenOp, Formulier.Wijze), cancellationToken);
        TempData["Melding"] = "Vastgelegd: de uitnodiging is verstuurd.";
        return RedirectToPage(new { Id });
    }

    /// <summary>Who comes, as the inwoner reads it: "Els de Vries, uw dochter".</summary>
    internal static string Wie(Deelnemer d) => d.Naam + d.Soort switch
    {
        "netwerk" => d.Relatie is null ? "" : $", uw {d.Relatie}",
        "clientondersteuner" => ", onafhankelijke cliëntondersteuner" + (d.Organisatie is null ? "" : $" van {d.Organisatie}"),
        _ => d.Organisatie is null ? ", collega van de gemeente" : $", van {d.Organisatie}",
    } + ".";

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Uitnodiging = await mediator.Send(new GeefUitnodiging.Query(Id), cancellationToken);
        MagVastleggen = Vraagverheldering.Status == VraagverhelderingStatus.Open && actor.Huidig.Mag(VraagverhelderingRechten.Behandelen);
    }

    public sealed class Invoer
    {
        public DateOnly? VerzondenOp { get; set; }

        public string? Wijze { get; set; }
    }
}
