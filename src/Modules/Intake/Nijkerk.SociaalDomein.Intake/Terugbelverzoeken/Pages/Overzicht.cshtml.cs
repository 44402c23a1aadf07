using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Intake.Terugbelverzoeken.Pages;

/// <summary>The open terugbelverzoeken for me, for my teams, or all of them; "Gebeld, afronden" marks one done.</summary>
[Authorize(Policy = IntakeRechten.AanmeldingenLezen)]
public sealed class OverzichtModel(IMediator mediator, ActorContext actor) : PageModel
{
    internal static readonly IReadOnlyDictionary<string, string> Keuzes = new Dictionary<string, string>
    {
        ["mij"] = "Voor mij",
        ["team"] = "Voor mijn teams",
        ["alle"] = "Alle",
    };

    [BindProperty(SupportsGet = true)]
    public string Voor { get; set; } = "mij";

    internal Resultaten<ZoekTerugbelverzoeken.TerugbelRegel> Resultaten { get; private set; } = new(0, []);

    private IReadOnlyDictionary<string, string> teamNamen = new Dictionary<string, string>();

    // A team that has since stopped keeps its code on the verzoek: show the code rather than nothing.
    internal string TeamNaam(string team) => teamNamen.GetValueOrDefault(team, team);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Keuzes.ContainsKey(Voor))
        {
            Voor = "mij";
        }

        var wie = actor.Huidig;
        var query = Voor switch
        {
            "mij" => new ZoekTerugbelverzoeken.Query(wie.Gebruikersnaam ?? "", null, new Paginering(1, Paginering.Maximum)),
            "team" => new ZoekTerugbelverzoeken.Query(null, wie.Teams ?? [], new Paginering(1, Paginering.Maximum)),
            _ => new ZoekTerugbelverzoeken.Query(null, null, new Paginering(1, Paginering.Maximum)),
        };
        Resultaten = await mediator.Send(query, cancellationToken);
        teamNamen = (await mediator.Send(new GeefTeams(), cancellationToken)).ToDictionary(t => t.Code, t => t.Naam);
    }

    public async Task<IActionResult> OnPostAfrondenAsync(Guid aanmeldingId, Guid terugbelverzoekId, CancellationToken cancellationToken)
    {
        await mediator.Send(new RondTerugbelverzoekAf.Command(aanmeldingId, terugbelverzoekId), cancellationToken);
        TempData["Melding"] = "Het terugbelverzoek is afgerond.";
        return RedirectToPage(new { voor = Voor });
    }
}
