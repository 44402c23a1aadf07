using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>The desk registers a contact. Validation is the command's own; its Dutch messages go next to the fields.</summary>
[Authorize(Policy = IntakeRechten.AanmeldingenSchrijven)]
public sealed class RegistreerModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal IReadOnlyList<Leefgebied> Leefgebieden { get; private set; } = [];

    internal static IReadOnlyDictionary<string, string> Kanalen => Keuzes.Kanalen;

    internal static IReadOnlyDictionary<string, string> Bronnen => Keuzes.Bronnen;

    internal static IReadOnlyDictionary<string, string> Urgenties => Keuzes.Urgenties;

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public async Task OnGetAsync(Guid? inwonerId, CancellationToken cancellationToken)
    {
        Formulier.InwonerId = inwonerId;
        Leefgebieden = await mediator.Send(new GeefLeefgebieden(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var f = Formulier;
        var id = await mediator.Send(
            new RegistreerAanmelding.Command(
                f.Kanaal, f.Bron, f.Vraag, f.InwonerId, f.Urgentie, f.Onderwerpen,
                new RegistreerAanmelding.Melder(f.Melder.Naam, f.Melder.Telefoon, f.Melder.Relatie, f.Melder.Organisatie),
                f.InwonerOpDeHoogte, f.InwonerStemtIn, f.TransparantieGegeven),
            cancellationToken);
        TempData["Melding"] = "De aanmelding is geregistreerd.";
        return RedirectToPage("Lijst", new { nieuw = id });
    }

    async Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) =>
        Leefgebieden = await mediator.Send(new GeefLeefgebieden(), cancellationToken);

    public sealed class Invoer
    {
        public string? Kanaal { get; set; }

        public string? Bron { get; set; }

        public string? Vraag { get; set; }

        public Guid? InwonerId { get; set; }

        public string? Urgentie { get; set; } = "normaal";

        public List<string> Onderwerpen { get; set; } = [];

        public MelderInvoer Melder { get; set; } = new();

        public bool? InwonerOpDeHoogte { get; set; }

        public bool? InwonerStemtIn { get; set; }

        public bool TransparantieGegeven { get; set; }
    }

    public sealed class MelderInvoer
    {
        public string? Naam { get; set; }

        public string? Telefoon { get; set; }

        public string? Relatie { get; set; }

        public string? Organisatie { get; set; }
    }
}
