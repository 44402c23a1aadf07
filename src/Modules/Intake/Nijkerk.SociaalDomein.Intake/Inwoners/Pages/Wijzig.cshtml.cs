using FluentValidation;
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
public sealed class WijzigInwonerModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RegistreerInwonerModel.Invoer Formulier { get; set; } = new();

    [BindProperty]
    public int Versie { get; set; }

    internal bool Verouderd { get; private set; }

    internal bool BsnBekend { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LaadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(Formulier.NaarWijziging(id, Versie), cancellationToken);
            TempData["Melding"] = "De gegevens zijn opgeslagen.";
            return RedirectToPage("Inwoner", new { id });
        }
        catch (ValidationException e)
        {
            ModelState.VoegToe(e, nameof(Formulier) + ".");
            BsnBekend = (await mediator.Send(new GeefInwoner.Query(id), cancellationToken)).BsnBekend;
            return Page();
        }
        catch (ConflictException)
        {
            ModelState.AddModelError("Formulier.Bsn", "Een andere inwoner heeft dit BSN al.");
            BsnBekend = (await mediator.Send(new GeefInwoner.Query(id), cancellationToken)).BsnBekend;
            return Page();
        }
        catch (VerouderdeVersieException)
        {
            // Start again from what is stored now: the posted values belong to an older version.
            ModelState.Clear();
            Verouderd = true;
            return await LaadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        catch (NietGevondenException)
        {
            return NotFound();
        }
    }

    private async Task<bool> LaadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var inwoner = await mediator.Send(new GeefInwoner.Query(id), cancellationToken);
            Formulier = RegistreerInwonerModel.Invoer.Van(inwoner);
            Versie = inwoner.Versie;
            BsnBekend = inwoner.BsnBekend;
            return true;
        }
        catch (NietGevondenException)
        {
            return false;
        }
    }
}
