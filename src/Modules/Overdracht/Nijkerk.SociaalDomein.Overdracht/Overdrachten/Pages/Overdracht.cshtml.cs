using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten.Pages;

/// <summary>
/// One overdracht as the receiving vakspecialist reads it: the samenvatting and the hulpvragen (not the whole
/// vraagverheldering), how to reach the inwoner, the steps; and while it waits, a form to accept it and one to lay it
/// back. Another team's overdracht is the 404 page. A refused form comes back with the messages next to its fields.
/// </summary>
[Authorize(Policy = OverdrachtRechten.Lezen)]
public sealed class OverdrachtModel(IMediator mediator, ActorContext actor) : PageModel, IFormulierPagina
{
    private string gepost = "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The version the page was drawn from; both forms send it, so a step on a changed overdracht is refused.</summary>
    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public AcceptatieInvoer Acceptatie { get; set; } = new();

    [BindProperty]
    public TerugleggingInvoer Teruglegging { get; set; } = new();

    internal GeefOverdracht.Detail Detail { get; private set; } = null!;

    internal bool KanBehandelen =>
        actor.Huidig.Mag(OverdrachtRechten.Behandelen) && Detail.Status is OverdrachtStatus.Aangeboden or OverdrachtStatus.Verlopen;

    internal static IReadOnlyDictionary<string, string> Redenen => Teruglegredenen.Namen;

    /// <summary>The form that was posted, so the messages land next to its own fields.</summary>
    internal string Gepost => gepost;

    string IFormulierPagina.Voorvoegsel => gepost.Length == 0 ? "" : gepost + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAccepteerAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Acceptatie);
        var geaccepteerd = await mediator.Send(
            new AccepteerOverdracht.Command(Id, Acceptatie.Telefoon, Acceptatie.SamenvattingVoldoende, null, Versie), cancellationToken);
        TempData["Melding"] = $"U heeft de overdracht geaccepteerd en bent nu aanspreekpunt van de inwoner, bereikbaar op {geaccepteerd.Telefoon}.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostLegTerugAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Teruglegging);
        await mediator.Send(new LegOverdrachtTerug.Command(Id, Teruglegging.Reden, Teruglegging.Toelichting, Versie), cancellationToken);
        TempData["Melding"] = "De overdracht is teruggelegd bij het loket, met uw reden.";
        return Redirect("/overdrachten");
    }

    /// <summary>The message for a field of the posted form, e.g. <c>Acceptatie.SamenvattingVoldoende</c>.</summary>
    internal string? Fout(string veld) => ModelState.TryGetValue(veld, out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Detail = await mediator.Send(new GeefOverdracht.Query(Id), cancellationToken);
        Versie = Detail.Versie;
        ModelState.Remove(nameof(Versie));
    }

    public sealed class AcceptatieInvoer
    {
        public string? Telefoon { get; set; }

        public bool? SamenvattingVoldoende { get; set; }
    }

    public sealed class TerugleggingInvoer
    {
        public string? Reden { get; set; }

        public string? Toelichting { get; set; }
    }
}
