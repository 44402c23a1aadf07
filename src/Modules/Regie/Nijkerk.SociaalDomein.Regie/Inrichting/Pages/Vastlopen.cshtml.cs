using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Regie.Inrichting.Pages;

/// <summary>
/// The functioneel beheerder sets when a running plan is vastgelopen: the days an actie may be past its deadline and the
/// days without activity. A change counts at once for every list; a wrong value comes back with a Dutch message next to it.
/// </summary>
[Authorize(Policy = RegieRechten.RegieInrichten)]
public sealed class VastlopenModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public VastlopenInvoer Formulier { get; set; } = new();

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var huidig = await mediator.Send(new GeefVastlopen.Query(), cancellationToken);
        Formulier = new VastlopenInvoer
        {
            ActieDagen = huidig.ActieDagen.ToString(CultureInfo.InvariantCulture),
            StilstandDagen = huidig.StilstandDagen.ToString(CultureInfo.InvariantCulture),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actie = Getal(Formulier.ActieDagen, "Formulier.ActieDagen");
        var stilstand = Getal(Formulier.StilstandDagen, "Formulier.StilstandDagen");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var opgeslagen = await mediator.Send(new WijzigVastlopen.Command(actie, stilstand), cancellationToken);
        TempData["Melding"] = $"Opgeslagen: een plan is vastgelopen bij een actie meer dan {opgeslagen.ActieDagen} dagen over haar deadline, " +
            $"of na meer dan {opgeslagen.StilstandDagen} dagen zonder activiteit.";
        return RedirectToPage();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private int? Getal(string? tekst, string veld)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        if (int.TryParse(tekst.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var getal))
        {
            return getal;
        }

        ModelState.AddModelError(veld, $"Vul een heel getal van {Vastlopen.Minimum} tot en met {Vastlopen.Maximum} in.");
        return null;
    }

    public sealed class VastlopenInvoer
    {
        public string? ActieDagen { get; set; }

        public string? StilstandDagen { get; set; }
    }
}
