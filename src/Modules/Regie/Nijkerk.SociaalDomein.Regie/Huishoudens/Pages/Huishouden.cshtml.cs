using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Regie.Huishoudens.Pages;

/// <summary>
/// One household for the loket and the regisseur: its members with relation, contact person and since when, the
/// running plan and its regisseur, and the former members. One form changes relations and the contact person and ends
/// memberships; another adds a member by his id in the register (one who is in another household moves here). Both send
/// the version the page was drawn from: a household changed meanwhile gives a Dutch message and overwrites nothing.
/// </summary>
[Authorize(Policy = RegieRechten.HuishoudensBeheren)]
public sealed class HuishoudenModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The version the page was drawn from; both forms send it.</summary>
    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public List<LidRegel> Leden { get; set; } = [];

    /// <summary>The inwoner id of the member who is (or becomes) the contact person, from the radio buttons.</summary>
    [BindProperty]
    public Guid? Contactpersoon { get; set; }

    [BindProperty]
    public ToevoegingInvoer Toevoeging { get; set; } = new();

    [BindProperty]
    public ZoekInvoer Zoeken { get; set; } = new();

    internal GeefHuishouden.Huishouden Huishouden { get; private set; } = null!;

    /// <summary>The inwoners the search found, to choose the new member from; null when nobody searched.</summary>
    internal IReadOnlyList<Intake.Contracts.InwonerKenmerken>? Gevonden { get; private set; }

    internal static IReadOnlyDictionary<string, string> Relaties => HuishoudenOpslag.Relaties;

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLedenAsync(CancellationToken cancellationToken)
    {
        var leden = Leden.Where(l => !l.Beeindigen).Select(l => new HuishoudenLid(l.InwonerId, l.Relatie, l.InwonerId == Contactpersoon)).ToList();
        var gewijzigd = await VerstuurAsync(leden, veld => veld == "Leden" ? "Leden" : "", cancellationToken);
        if (gewijzigd is null)
        {
            return Page();
        }

        TempData["Melding"] = gewijzigd.Vertrokken.Count > 0
            ? "De leden zijn opgeslagen. Het beëindigde lidmaatschap staat onder 'Voormalige leden'."
            : "De leden zijn opgeslagen.";
        return RedirectToPage(new { Id });
    }

    /// <summary>Searches the register by surname and date of birth; the inwoners found are offered in the add form.</summary>
    public async Task<IActionResult> OnPostZoekAsync(CancellationToken cancellationToken)
    {
        try
        {
            Gevonden = (await mediator.Send(new ZoekInwoner.Query(Zoeken.Achternaam, Zoeken.Geboortedatum), cancellationToken)).Inwoners;
        }
        catch (ValidationException fouten)
        {
            foreach (var fout in fouten.Errors)
            {
                ModelState.AddModelError("Zoeken." + fout.PropertyName, fout.ErrorMessage);
            }
        }

        await LaadAsync(cancellationToken, houdVersie: true);
        return Page();
    }

    public async Task<IActionResult> OnPostToevoegenAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(Toevoeging.InwonerId?.Trim(), out var inwonerId))
        {
            ModelState.AddModelError("Toevoeging.InwonerId", "Vul de id van de inwoner in, zoals die op zijn pagina in het personenregister staat.");
            await LaadAsync(cancellationToken, houdVersie: true);
            return Page();
        }

        // The members as this page showed them, with the new one; the version the page was drawn from decides.
        var huidig = await mediator.Send(new GeefHuishouden.Query(Id), cancellationToken);
        var leden = huidig.Leden
            .Select(l => new HuishoudenLid(l.InwonerId, l.Relatie, !Toevoeging.Contactpersoon && l.Contactpersoon))
            .Append(new HuishoudenLid(inwonerId, Toevoeging.Relatie, Toevoeging.Contactpersoon || huidig.Leden.Count == 0))
            .ToList();
        var index = leden.Count - 1;
        var gewijzigd = await VerstuurAsync(
            leden, veld => veld.StartsWith($"Leden[{index}].", StringComparison.Ordinal) ? "Toevoeging." + veld[$"Leden[{index}].".Length..] : "", cancellationToken);
        if (gewijzigd is null)
        {
            return Page();
        }

        TempData["Melding"] = gewijzigd.Verhuisd.Count > 0
            ? "Het lid is toegevoegd. Hij zat in een ander huishouden: daar is zijn lidmaatschap beëindigd."
            : "Het lid is toegevoegd.";
        return RedirectToPage(new { Id });
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    /// <summary>
    /// Sends the new member list; a validation refusal comes back next to the field it concerns (<paramref name="veld"/>
    /// names the page's field for a command field, empty for a message above the forms) and answers null.
    /// </summary>
    private async Task<Ledenwijziging?> VerstuurAsync(List<HuishoudenLid> leden, Func<string, string> veld, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(new WijzigLeden.Command(Id, Versie, leden), cancellationToken);
        }
        catch (ValidationException fouten)
        {
            foreach (var fout in fouten.Errors)
            {
                ModelState.AddModelError(veld(fout.PropertyName), fout.ErrorMessage);
            }

            await LaadAsync(cancellationToken, houdVersie: true);
            return null;
        }
    }

    private async Task LaadAsync(CancellationToken cancellationToken, bool houdVersie = false)
    {
        Huishouden = await mediator.Send(new GeefHuishouden.Query(Id), cancellationToken);
        if (!houdVersie)
        {
            Versie = Huishouden.Versie;
            ModelState.Remove(nameof(Versie));
        }

        if (!houdVersie || Leden.Count == 0)
        {
            Leden = [.. Huishouden.Leden.Select(l => new LidRegel { InwonerId = l.InwonerId, Relatie = l.Relatie })];
        }

        Contactpersoon ??= Huishouden.Leden.FirstOrDefault(l => l.Contactpersoon)?.InwonerId;
    }

    /// <summary>A member's name as the register gives it, else his id.</summary>
    internal static string Naam(Guid inwonerId, string? naam) => naam ?? $"Inwoner {inwonerId}";

    public sealed class LidRegel
    {
        public Guid InwonerId { get; set; }

        public string? Relatie { get; set; }

        public bool Beeindigen { get; set; }
    }

    public sealed class ZoekInvoer
    {
        public string? Achternaam { get; set; }

        public DateOnly? Geboortedatum { get; set; }
    }

    public sealed class ToevoegingInvoer
    {
        public string? InwonerId { get; set; }

        public string? Relatie { get; set; }

        public bool Contactpersoon { get; set; }
    }
}
