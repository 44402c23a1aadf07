using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Intake.Inwoners.Pages;

/// <summary>
/// The desk edits a person. The version the form was opened on travels in a hidden field; when someone else saved in
/// between, the page says so and shows the newer data to start again from.
/// </summary>
[Authorize(Policy = IntakeRechten.InwonersSchrijven)]
public sealed class WijzigInwonerModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public RegistreerInwonerModel.Invoer Formulier { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int Versie { get; set; }

    internal bool Verouderd { get; private set; }

    internal bool BsnBekend { get; private set; }

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LaadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(Formulier.NaarWijziging(Id, Versie), cancellationToken);
            TempData["Melding"] = "De gegevens zijn opgeslagen.";
            return RedirectToPage("Inwoner", new { id = Id });
        }
        catch (ConflictException)
        {
            ModelState.AddModelError("Formulier.Bsn", "Een andere inwoner heeft dit BSN al.");
        }
        catch (VerouderdeVersieException)
        {
            // Start again from what is stored now: the posted values belong to an older version, and saving them
            // again would fail again, as the person's data is one whole that the desk must see before changing it.
            ModelState.Clear();
            Verouderd = true;
            await LaadAsync(cancellationToken);
            return Page();
        }

        await ((IFormulierPagina)this).ToonOpnieuwAsync(cancellationToken);
        return Page();
    }

    async Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) =>
        BsnBekend = (await mediator.Send(new GeefInwoner.Query(Id), cancellationToken)).BsnBekend;

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        var inwoner = await mediator.Send(new GeefInwoner.Query(Id), cancellationToken);
        Formulier = RegistreerInwonerModel.Invoer.Van(inwoner);
        Versie = inwoner.Versie;
        BsnBekend = inwoner.BsnBekend;
    }
}
