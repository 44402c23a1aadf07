using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten.Pages;

/// <summary>Beleid's list of knelpunten, the most reported first, filtered on open or afgehandeld and on soort.</summary>
[Authorize(Policy = MonitoringRechten.KnelpuntenBehandelen)]
public sealed class LijstModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "open";

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    internal Resultaten<ZoekKnelpunten.KnelpuntRegel> Resultaten { get; private set; } = new(0, []);

    internal IReadOnlyDictionary<string, string> Leefgebieden { get; private set; } = new Dictionary<string, string>();

    internal IReadOnlyDictionary<string, string> Teams { get; private set; } = new Dictionary<string, string>();

    internal Paginering Paginering => new(Math.Max(Pagina, 1), 50);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An unknown filter value from an edited address shows everything rather than an error page.
        Status = Status is not null && Keuzes.Filters.ContainsKey(Status) ? Status : null;
        Soort = Soort is not null && Keuzes.Soorten.ContainsKey(Soort) ? Soort : null;
        Resultaten = await mediator.Send(new ZoekKnelpunten.Query(Status, Soort, Paginering), cancellationToken);
        Leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam);
        Teams = (await mediator.Send(new GeefTeams(), cancellationToken)).ToDictionary(t => t.Code, t => t.Naam);
    }

    internal string Waar(ZoekKnelpunten.KnelpuntRegel k) => string.Join(", ", new[]
    {
        k.Leefgebied is null ? null : Leefgebieden.GetValueOrDefault(k.Leefgebied, k.Leefgebied),
        k.Team is null ? null : "Team " + Teams.GetValueOrDefault(k.Team, k.Team),
        k.Expertise,
    }.OfType<string>());
}
