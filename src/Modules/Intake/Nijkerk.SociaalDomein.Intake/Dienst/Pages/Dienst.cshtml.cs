using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Intake.Dienst.Pages;

/// <summary>The beheerder sets who is on duty for crises; the crisis banner shows whoever is on duty now.</summary>
[Authorize(Policy = Rechten.Beheer)]
public sealed class DienstModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal IReadOnlyList<ZoekDiensten.Dienstregel> Diensten { get; private set; } = [];

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Diensten = await mediator.Send(new ZoekDiensten.Query(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new StelDienstIn.Command(Formulier.Naam, Formulier.Telefoon, AlsNederlandseTijd(Formulier.Van), AlsNederlandseTijd(Formulier.Tot)), cancellationToken);
        TempData["Melding"] = "De dienst is ingesteld.";
        return RedirectToPage();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    // The form's datetime-local fields are Dutch wall-clock time.
    private static DateTimeOffset? AlsNederlandseTijd(DateTime? tijd) =>
        tijd is { } t ? NederlandseTijd.Uit(t) : null;

    public sealed class Invoer
    {
        public string? Naam { get; set; }

        public string? Telefoon { get; set; }

        public DateTime? Van { get; set; }

        public DateTime? Tot { get; set; }
    }
}
