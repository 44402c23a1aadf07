using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Host.Toegang.Beheer.Pages;

[Authorize(Policy = Rechten.Beheer)]
public sealed class GebruikersModel(IMediator mediator, TimeProvider clock) : PageModel, IFormulierPagina
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

    public IReadOnlyList<Team> TeamKeuzes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Gebruikers = await mediator.Send(new BeheerGebruikers.Lijst(), cancellationToken);
        TeamKeuzes = await mediator.Send(new GeefTeams(), cancellationToken);
    }

    public async Task<IActionResult> OnPostMaakAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new BeheerGebruikers.Maak(Gebruikersnaam, Naam, Wachtwoord, Rollen, Teams), cancellationToken);
            TempData["Melding"] = $"Het account {Gebruikersnaam} is aangemaakt.";
            return RedirectToPage();
        }
        catch (ConflictException e)
        {
            // The one conflict is a taken name: it belongs next to that field, not above the form.
            ModelState.AddModelError(nameof(Gebruikersnaam), e.Message);
        }

        await ((IFormulierPagina)this).ToonOpnieuwAsync(cancellationToken);
        return Page();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken)
    {
        Wachtwoord = null;
        return OnGetAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostWijzigAsync(Guid id, List<string> rollen, List<string> teams, bool actief, bool deblokkeer, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new BeheerGebruikers.Wijzig(id, rollen, teams, actief, deblokkeer), cancellationToken);
            TempData["Melding"] = "Het account is gewijzigd.";
        }
        catch (ValidationException e)
        {
            // A row's own form: its message goes above the list, not next to the new-account fields of the same names.
            TempData["Fout"] = e.Errors.First().ErrorMessage;
        }

        return RedirectToPage();
    }

    public string? Fout(string veld) => ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage;
}
