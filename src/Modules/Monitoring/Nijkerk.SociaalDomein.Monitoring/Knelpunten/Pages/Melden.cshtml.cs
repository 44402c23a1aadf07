using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten.Pages;

/// <summary>The loket reports a knelpunt, or says "ook meegemaakt" on one a colleague reported and that is still open.</summary>
[Authorize(Policy = MonitoringRechten.KnelpuntMelden)]
public sealed class MeldenModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal IReadOnlyList<GeefOpenKnelpunten.OpenKnelpunt> Open { get; private set; } = [];

    internal IReadOnlyDictionary<string, string> Leefgebieden { get; private set; } = new Dictionary<string, string>();

    internal IReadOnlyDictionary<string, string> Teams { get; private set; } = new Dictionary<string, string>();

    internal IReadOnlyDictionary<string, string> Expertises { get; private set; } = new Dictionary<string, string>();

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var gemeld = await mediator.Send(
            new MeldKnelpunt.Command(Formulier.Soort, Formulier.Leefgebied, Formulier.Expertise, Formulier.Team, Formulier.Omschrijving), cancellationToken);
        TempData["Melding"] = gemeld.Nieuw
            ? "Het knelpunt is gemeld aan beleid. Dank u wel."
            : $"Dit knelpunt stond al open; uw melding telt mee. Het is nu {gemeld.Aantal} keer gemeld.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOokMeegemaaktAsync(Guid id, CancellationToken cancellationToken)
    {
        var gemeld = await mediator.Send(new MeldKnelpuntOpnieuw.Command(id), cancellationToken);
        TempData["Melding"] = $"Uw melding telt mee. Het knelpunt is nu {gemeld.Aantal} keer gemeld.";
        return RedirectToPage();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    internal string LeefgebiedNaam(string code) => Leefgebieden.GetValueOrDefault(code, code);

    internal string TeamNaam(string code) => Teams.GetValueOrDefault(code, code);

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Open = await mediator.Send(new GeefOpenKnelpunten.Query(), cancellationToken);
        Leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam);
        var teams = await mediator.Send(new GeefTeams(), cancellationToken);
        Teams = teams.ToDictionary(t => t.Code, t => t.Naam);
        Expertises = teams.SelectMany(t => t.Expertises.Select(e => e.Expertise)).Distinct().Order().ToDictionary(e => e, e => e);
    }

    public sealed class Invoer
    {
        public string? Soort { get; set; }

        public string? Leefgebied { get; set; }

        public string? Expertise { get; set; }

        public string? Team { get; set; }

        public string? Omschrijving { get; set; }
    }
}
