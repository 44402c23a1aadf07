using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang.Beheer.Pages;

[Authorize(Policy = Rechten.Beheer)]
public sealed class GebruikersModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Gebruikersnaam { get; set; }

    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public string? Wachtwoord { get; set; }

    [BindProperty]
    public List<string> Rollen { get; set; } = [];

    [BindProperty]
    public List<string> Teams { get; set; } = [];

    public IReadOnlyList<Gebruiker> Gebruikers { get; private set; } = [];

    public DateTimeOffset Nu => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Gebruikers = await mediator.Send(new BeheerGebruikers.Lijst(), cancellationToken);

    public async Task<IActionResult> OnPostMaakAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new BeheerGebruikers.Maak(Gebruikersnaam, Naam, Wachtwoord, Rollen, Teams), cancellationToken);
            TempData["Melding"] = $"Het account {Gebruikersnaam} is aangemaakt.";
            return RedirectToPage();
        }
        catch (ValidationException e)
        {
            ModelState.VoegToe(e);
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError(nameof(Gebruikersnaam), e.Message);
        }

        Wachtwoord = null;
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostWijzigAsync(Guid id, List<string> rollen, List<string> teams, bool actief, bool deblokkeer, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new BeheerGebruikers.Wijzig(id, rollen, teams, actief, deblokkeer), cancellationToken);
            TempData["Melding"] = "Het account is gewijzigd.";
        }
        catch (Exception e) when (e is ValidationException or NietGevondenException)
        {
            TempData["Fout"] = e is ValidationException v ? v.Errors.First().ErrorMessage : e.Message;
        }

        return RedirectToPage();
    }

    public string? Fout(string veld) => ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage;
}
