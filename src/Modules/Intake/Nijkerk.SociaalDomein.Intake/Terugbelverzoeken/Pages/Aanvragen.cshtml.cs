using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Intake.Terugbelverzoeken.Pages;

/// <summary>Asks a colleague or a team to call back about one aanmelding.</summary>
[Authorize(Policy = IntakeRechten.AanmeldingenSchrijven)]
public sealed class AanvragenModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal IReadOnlyDictionary<string, string> Teams { get; private set; } = new Dictionary<string, string>();

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadTeamsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(
            new VraagTerugbelverzoekAan.Command(id, Formulier.Medewerker, Formulier.Team, Formulier.Telefoonnummer, Formulier.Toelichting),
            cancellationToken);
        TempData["Melding"] = "Het terugbelverzoek is opgeslagen.";
        return RedirectToPage("Overzicht", new { voor = "alle" });
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadTeamsAsync(cancellationToken);

    private async Task LaadTeamsAsync(CancellationToken cancellationToken) =>
        Teams = (await mediator.Send(new GeefTeams(), cancellationToken)).ToDictionary(t => t.Code, t => t.Naam);

    public sealed class Invoer
    {
        public string? Medewerker { get; set; }

        public string? Team { get; set; }

        public string? Telefoonnummer { get; set; }

        public string? Toelichting { get; set; }
    }
}
