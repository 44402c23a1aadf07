using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Toestemmingen.Pages;

/// <summary>The inwoner's toestemmingen for sharing with external partners: the loket records and withdraws them here.</summary>
[Authorize(Policy = OverdrachtRechten.ToestemmingenLezen)]
public sealed class ToestemmingenModel(IMediator mediator, IAuthorizationService autorisatie, TimeProvider clock) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal string? InwonerNaam { get; private set; }

    internal IReadOnlyList<GeefToestemmingen.Toestemmingregel> Lijst { get; private set; } = [];

    internal IReadOnlyDictionary<string, string> Partners { get; private set; } = new Dictionary<string, string>();

    internal bool MagBeheren { get; private set; }

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Formulier = new Invoer { Gegevens = [Toestemming.Samenvatting, "contactgegevens"], GegevenOp = NederlandseDag.Vandaag(clock) };
        return LaadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(
            new LegToestemmingVast.Command(
                id, Formulier.PartnerOrganisatie, Formulier.Gegevens, Formulier.Doel, Formulier.Wijze, Formulier.GegevenOp, Formulier.GeldigTot),
            cancellationToken);
        TempData["Melding"] = "De toestemming is vastgelegd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostIntrekkingAsync(Guid id, Guid toestemmingId, string? reden, CancellationToken cancellationToken)
    {
        await mediator.Send(new TrekToestemmingIn.Command(id, toestemmingId, reden), cancellationToken);
        TempData["Melding"] = "De toestemming is ingetrokken. De partner kan de gedeelde gegevens niet meer inzien.";
        return RedirectToPage(new { id });
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) =>
        LaadAsync(Guid.Parse((string)RouteData.Values["id"]!), cancellationToken);

    private async Task LaadAsync(Guid id, CancellationToken cancellationToken)
    {
        if ((await autorisatie.AuthorizeAsync(User, IntakeRechten.InwonersLezen)).Succeeded)
        {
            InwonerNaam = (await mediator.Send(new GeefInwonerKenmerken(id), cancellationToken))?.Naam
                ?? throw new BuildingBlocks.Errors.NietGevondenException("Er is geen inwoner met deze id.");
        }

        Lijst = await mediator.Send(new GeefToestemmingen.Query(id), cancellationToken);
        Partners = await mediator.Send(new GeefPartners.Query(), cancellationToken);
        MagBeheren = (await autorisatie.AuthorizeAsync(User, OverdrachtRechten.ToestemmingenBeheren)).Succeeded;
    }

    public sealed class Invoer
    {
        public string? PartnerOrganisatie { get; set; }

        public List<string> Gegevens { get; set; } = [];

        public string? Doel { get; set; }

        public string? Wijze { get; set; }

        public DateOnly? GegevenOp { get; set; }

        public DateOnly? GeldigTot { get; set; }
    }
}
