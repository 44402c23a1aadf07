using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Vraagverheldering.Expertises;
using Nijkerk.SociaalDomein.Vraagverheldering.Methoden;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

/// <summary>
/// One vraagverheldering: the gesprek, the method, the leefgebieden (one small form per leefgebied), the hulpvragen with
/// the rolgesprek, the expertises, the samenvatting and the afronding. Each section is its own form that sends the
/// command the API sends, with the version the page was drawn from; afterwards the page is read-only. The sections'
/// handlers are in the files named after them.
/// </summary>
[Authorize(Policy = VraagverhelderingRechten.Lezen)]
public sealed partial class VraagverhelderingModel(IMediator mediator, ActorContext actor) : PageModel, IFormulierPagina
{
    internal const string VerouderdBericht =
        "Een collega of een ander venster heeft deze vraagverheldering intussen gewijzigd. Hieronder staat wat nu is vastgelegd, " +
        "met uw invoer in dit formulier: controleer het en sla opnieuw op.";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The version the page was drawn from; every form sends it, so a stale edit is refused.</summary>
    [BindProperty]
    public int Versie { get; set; }

    internal GeefVraagverheldering.Detail Detail { get; private set; } = null!;

    /// <summary>The form that was posted and is shown again with its input and messages, e.g. "gesprek" or "score-financien".</summary>
    internal string? Gepost { get; private set; }

    internal bool MagBehandelen => actor.Huidig.Mag(VraagverhelderingRechten.Behandelen);

    internal bool IsOpen => Detail.Status == VraagverhelderingStatus.Open;

    /// <summary>Whether the one who took it is the user (by id: two colleagues may share a name).</summary>
    internal bool VanMij { get; private set; }

    /// <summary>Forms are shown to whoever may act on it: open, and not taken by a colleague.</summary>
    internal bool Bewerkbaar => IsOpen && MagBehandelen && (Detail.Behandelaar is null || VanMij);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LaadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostNeemAsync(CancellationToken cancellationToken) =>
        VoerUitAsync("behandelaar", () => mediator.Send(new NeemVraagverheldering.Command(Id), cancellationToken),
            "U behandelt deze vraagverheldering nu.", "", cancellationToken);

    public async Task<IActionResult> OnPostGeefVrijAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new NeemVraagverheldering.GeefVrij(Id), cancellationToken);
        TempData["Melding"] = "De vraagverheldering staat weer vrij in de werkvoorraad.";
        return Redirect("/vraagverhelderingen");
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    /// <summary>
    /// Sends a section's command and goes back to that section. A refusal shows the page again with the input of the
    /// posted form: validation messages next to its fields (the command's paths, e.g. <c>hulpvragen[1].omschrijving</c>,
    /// become the form's names), a stale version as a Dutch message in that form. Conflicts and broken rules are
    /// <see cref="PaginaFoutenFilter"/>'s.
    /// </summary>
    private async Task<IActionResult> VoerUitAsync<T>(
        string formulier, Func<Task<T>> actie, string melding, string voorvoegsel, CancellationToken cancellationToken,
        Func<string, string>? pad = null)
    {
        Gepost = formulier;
        try
        {
            await actie();
        }
        catch (ValidationException fout)
        {
            foreach (var veld in fout.Errors)
            {
                ModelState.AddModelError(Veldnaam(voorvoegsel, pad?.Invoke(veld.PropertyName) ?? veld.PropertyName), veld.ErrorMessage);
            }

            await LaadAsync(cancellationToken);
            return Page();
        }
        catch (VerouderdeVersieException)
        {
            ModelState.AddModelError("", VerouderdBericht);
            await LaadAsync(cancellationToken);
            return Page();
        }

        TempData["Melding"] = melding;
        return Redirect($"/vraagverhelderingen/{Id}#{Anker(formulier)}");
    }

    private static string Anker(string formulier) => formulier.StartsWith("score-", StringComparison.Ordinal) ? "leefgebied-" + formulier[6..] : formulier;

    /// <summary><c>deelnemers[0].naam</c> in the form with prefix <c>Gesprek.</c> is the field <c>Gesprek.Deelnemers[0].Naam</c>.</summary>
    internal static string Veldnaam(string voorvoegsel, string pad) =>
        voorvoegsel + string.Join('.', pad.Split('.').Select(deel => deel.Length == 0 ? deel : char.ToUpperInvariant(deel[0]) + deel[1..]));

    /// <summary>The message for a field of the posted form (field names compare as ModelState does, ignoring case).</summary>
    internal string? Fout(string formulier, string veld) =>
        Gepost == formulier && ModelState.TryGetValue(veld, out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>A refusal of the posted form as a whole (a stale version, a conflict, a broken rule).</summary>
    internal string? Weigering(string formulier) =>
        Gepost == formulier && ModelState.TryGetValue("", out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Detail = await mediator.Send(new GeefVraagverheldering.Query(Id), cancellationToken);
        Versie = Detail.Versie;
        ModelState.Remove(nameof(Versie));
        VanMij = Detail.Behandelaar is not null && (await mediator.Send(
            new ZoekVraagverhelderingen.Query(VraagverhelderingStatus.Open, new Paginering(1, Paginering.Maximum), "mij"), cancellationToken))
            .Items.Any(v => v.Id == Id);
        Expertiselijst = await mediator.Send(new GeefExpertises.Query(), cancellationToken);
        if (Bewerkbaar)
        {
            Methoden = [.. (await mediator.Send(new GeefMethoden.Query(), cancellationToken)).Where(m => m.Actief)];
        }

        VulGesprek();
        VulScores();
        VulRolgesprek();
        VulExpertises();
        VulSamenvatting();
        await LaadSuggestiesAsync(cancellationToken);
        if (Bewerkbaar)
        {
            await LaadVoorstelAsync(cancellationToken);
        }
    }
}
