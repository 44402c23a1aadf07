using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen.Pages;

/// <summary>The desk registers a contact. Validation is the command's own; its Dutch messages go next to the fields.</summary>
[Authorize(Policy = Rechten.AanmeldingenSchrijven)]
public sealed class RegistreerModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal static IReadOnlyDictionary<string, string> Kanalen => Keuzes.Kanalen;

    internal static IReadOnlyDictionary<string, string> Bronnen => Keuzes.Bronnen;

    internal static IReadOnlyDictionary<string, string> Urgenties => Keuzes.Urgenties;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var id = await mediator.Send(
                new RegistreerAanmelding.Command(Formulier.Kanaal, Formulier.Bron, Formulier.Vraag, null, Formulier.Urgentie), cancellationToken);
            TempData["Melding"] = "De aanmelding is geregistreerd.";
            return RedirectToPage("Lijst", new { nieuw = id });
        }
        catch (ValidationException e)
        {
            ModelState.VoegToe(e, nameof(Formulier) + ".");

            return Page();
        }
    }

    public sealed class Invoer
    {
        public string? Kanaal { get; set; }

        public string? Bron { get; set; }

        public string? Vraag { get; set; }

        public string? Urgentie { get; set; } = "normaal";
    }
}
