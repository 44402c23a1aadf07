using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten.Pages;

/// <summary>
/// One knelpunt for beleid: how often it was reported, what was done with it so far, and the form to record the next
/// step. The form carries the version it was drawn from, so a colleague's change in between is not overwritten.
/// </summary>
[Authorize(Policy = MonitoringRechten.KnelpuntenBehandelen)]
public sealed class KnelpuntModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    [BindProperty]
    public int Versie { get; set; }

    internal GeefKnelpunt.Detail Detail { get; private set; } = null!;

    internal string? Waar { get; private set; }

    internal static IEnumerable<KeyValuePair<string, string>> Statussen =>
        BehandelKnelpunt.Naar.Select(s => new KeyValuePair<string, string>(s, Keuzes.StatusNaam(s)));

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new BehandelKnelpunt.Command(Id, Versie, Formulier.Status, Formulier.Toelichting), cancellationToken);
        TempData["Melding"] = $"Vastgelegd: {Keuzes.StatusNaam(Formulier.Status!).ToLowerInvariant()}.";
        return RedirectToPage(new { Id });
    }

    // A field error keeps the version the form was drawn from; a refusal (a colleague's newer version) shows the new
    // stand, and the form then edits that.
    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) =>
        LaadAsync(cancellationToken, versieBehouden: ModelState[""] is not { Errors.Count: > 0 });

    private async Task LaadAsync(CancellationToken cancellationToken, bool versieBehouden = false)
    {
        Detail = await mediator.Send(new GeefKnelpunt.Query(Id), cancellationToken);
        var k = Detail.Knelpunt;
        var leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam);
        var teams = (await mediator.Send(new GeefTeams(), cancellationToken)).ToDictionary(t => t.Code, t => t.Naam);
        Waar = string.Join(", ", new[]
        {
            k.Leefgebied is null ? null : leefgebieden.GetValueOrDefault(k.Leefgebied, k.Leefgebied),
            k.Team is null ? null : "Team " + teams.GetValueOrDefault(k.Team, k.Team),
            k.Expertise,
        }.OfType<string>());
        if (!versieBehouden)
        {
            Versie = k.Versie;
            ModelState.Remove(nameof(Versie));
        }
    }

    public sealed class Invoer
    {
        public string? Status { get; set; }

        public string? Toelichting { get; set; }
    }
}
