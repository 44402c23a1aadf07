using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>
/// One aanmelding: for a known inwoner what is already going on, and the outcomes: afhandelen (with suggestions from
/// the sociale kaart for the chosen leefgebieden), doorzetten, routeren to the aanspreekpunt; taking and giving back.
/// </summary>
[Authorize(Policy = IntakeRechten.AanmeldingenLezen)]
public sealed class AanmeldingModel(IMediator mediator, ActorContext actor) : PageModel, IFormulierPagina
{
    [BindProperty]
    public string? Advies { get; set; }

    [BindProperty]
    public List<string> Leefgebieden { get; set; } = [];

    [BindProperty]
    public List<Guid> VoorzieningIds { get; set; } = [];

    internal GeefAanmelding.AanmeldingDetail Aanmelding { get; private set; } = null!;

    internal GeefBehandelaar.Behandelaar Behandelaar { get; private set; } = null!;

    internal GeefOverzicht.Overzicht? Overzicht { get; private set; }

    internal GeefAfhandeling.Afhandeling? Afhandeling { get; private set; }

    internal IReadOnlyList<Leefgebied> AlleLeefgebieden { get; private set; } = [];

    internal IReadOnlyList<VoorzieningSuggestie> Suggesties { get; private set; } = [];

    internal bool MagBehandelen => actor.Huidig.Mag(IntakeRechten.AanmeldingenBehandelen);

    internal string Ik => actor.Huidig.Id;

    internal static IReadOnlyDictionary<string, string> Kanalen => Keuzes.Kanalen;

    internal static IReadOnlyDictionary<string, string> Bronnen => Keuzes.Bronnen;

    internal static IReadOnlyDictionary<string, string> Urgenties => Keuzes.Urgenties;

    internal static IReadOnlyDictionary<string, string> Statussen => Keuzes.Statussen;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LaadAsync(Id, cancellationToken);
        return Page();
    }

    /// <summary>Without JavaScript: reloads the page with the suggestions for the chosen leefgebieden, keeping the advice typed.</summary>
    public async Task<IActionResult> OnPostSuggestiesAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LaadAsync(Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAfhandelenAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new HandelAanmeldingAf.Command(id, Advies, Leefgebieden, VoorzieningIds), cancellationToken);
        TempData["Melding"] = "De aanmelding is afgehandeld.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDoorzettenAsync(Guid id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, new ZetAanmeldingDoor.Command(id), "De aanmelding is doorgezet naar vraagverheldering.", cancellationToken);

    public Task<IActionResult> OnPostRouterenAsync(Guid id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, new RouteerAanmelding.Command(id), "De aanmelding is gerouteerd naar het aanspreekpunt van de inwoner.", cancellationToken);

    public Task<IActionResult> OnPostNeemAsync(Guid id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, new NeemAanmelding.Command(id), "U behandelt deze aanmelding nu.", cancellationToken);

    public Task<IActionResult> OnPostGeefVrijAsync(Guid id, CancellationToken cancellationToken) =>
        VoerUitAsync(id, new GeefAanmeldingVrij.Command(id), "De aanmelding staat weer vrij in de werkvoorraad.", cancellationToken);

    private async Task<IActionResult> VoerUitAsync<T>(Guid id, IRequest<T> command, string melding, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        TempData["Melding"] = melding;
        return RedirectToPage(new { id });
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(Id, cancellationToken);

    private async Task LaadAsync(Guid id, CancellationToken cancellationToken)
    {
        Aanmelding = await mediator.Send(new GeefAanmelding.Query(id), cancellationToken);
        Behandelaar = await mediator.Send(new GeefBehandelaar.Query(id), cancellationToken);

        if (Aanmelding.InwonerId is { } inwoner && actor.Huidig.Mag(IntakeRechten.InwonersLezen))
        {
            Overzicht = await mediator.Send(new GeefOverzicht.Query(inwoner), cancellationToken);
        }

        if (Aanmelding.Status == Aanmeldingen.Aanmelding.Afgehandeld)
        {
            Afhandeling = await mediator.Send(new GeefAfhandeling.Query(id), cancellationToken);
            Leefgebieden = [.. Afhandeling.Leefgebieden];
        }

        if ((Aanmelding.Status == Aanmeldingen.Aanmelding.Open && MagBehandelen) || Afhandeling is not null)
        {
            AlleLeefgebieden = await mediator.Send(new GeefLeefgebieden(), cancellationToken);
            Suggesties = await SuggestiesAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<VoorzieningSuggestie>> SuggestiesAsync(CancellationToken cancellationToken)
    {
        var suggesties = new List<VoorzieningSuggestie>();
        foreach (var leefgebied in Leefgebieden.Intersect(AlleLeefgebieden.Select(l => l.Code)))
        {
            suggesties.AddRange(await mediator.Send(new GeefVoorzieningenVoorLeefgebied(leefgebied), cancellationToken));
        }

        return [.. suggesties.DistinctBy(s => s.Id)];
    }

    internal string NaamVanLeefgebied(string code) => AlleLeefgebieden.FirstOrDefault(l => l.Code == code)?.Naam ?? code;

    internal string? Fout(string veld) => ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage;
}
