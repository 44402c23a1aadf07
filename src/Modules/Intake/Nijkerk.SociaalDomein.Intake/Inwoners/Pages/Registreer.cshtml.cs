using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Intake.Inwoners.Pages;

/// <summary>
/// The desk registers a person. A look-alike already in the register is shown to choose from: use that person, or
/// register a new one anyway. A known BSN points to the person who has it.
/// </summary>
[Authorize(Policy = Rechten.InwonersSchrijven)]
public sealed class RegistreerInwonerModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Persoonsvelden Formulier { get; set; } = new();

    internal IReadOnlyList<RegistreerInwoner.Kandidaat> Kandidaten { get; private set; } = [];

    internal Guid? BestaandMetBsn { get; private set; }

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(bool nieuwOndanksGelijkenis, CancellationToken cancellationToken)
    {
        try
        {
            var id = await mediator.Send(Formulier.NaarRegistratie(nieuwOndanksGelijkenis), cancellationToken);
            TempData["Melding"] = "De inwoner is geregistreerd.";
            return RedirectToPage("Inwoner", new { id });
        }
        catch (ConflictException e) when (e.BestaandeId is not null)
        {
            BestaandMetBsn = Guid.Parse(e.BestaandeId);
        }
        catch (ConflictException e) when (e.Extra?.GetValueOrDefault("kandidaten") is IReadOnlyList<RegistreerInwoner.Kandidaat> kandidaten)
        {
            Kandidaten = kandidaten;
        }

        return Page();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
