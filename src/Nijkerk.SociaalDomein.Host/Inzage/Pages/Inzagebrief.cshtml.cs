using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Inzage.Pages;

/// <summary>
/// The inzage as a letter to the inwoner, in plain Dutch, to print: what every module holds on him and who used his
/// data for what (AVG art. 15), and how to have it corrected (art. 16). Drawing it up is recorded like the API call.
/// </summary>
[Authorize(Policy = Rechten.PersoonsgegevensInzien)]
public sealed class InzagebriefModel(IMediator mediator) : PageModel
{
    /// <summary>Each part's heading in the letter, in words the inwoner knows; a part not named here keeps its module's name.</summary>
    private static readonly Dictionary<string, string> Koppen = new()
    {
        ["Intake"] = "Uw registratie en aanmeldingen",
        ["Vraagverheldering"] = "De gesprekken over uw vraag",
        ["Overdracht"] = "Overdrachten naar teams en organisaties",
        ["Regie"] = "Uw huishouden en ondersteuningsplan",
        ["SocialeKaart"] = "De sociale kaart",
        ["Monitoring"] = "Cijfers voor de gemeente",
        ["Toegang"] = "Accounts en sleutels",
        ["Verwerkingen"] = "Wie uw gegevens gebruikte, en waarvoor",
    };

    internal GeefInzage.Inzage? Inzage { get; private set; }

    internal static string Kop(string module) => Koppen.GetValueOrDefault(module, module);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Inzage = await mediator.Send(new GeefInzage.Query(id), cancellationToken);
        }
        catch (NietGevondenException e) when (e.Extra?.GetValueOrDefault("samengevoegdIn") is Guid behouden)
        {
            return RedirectToPage("Inzagebrief", new { id = behouden });
        }

        return Page();
    }
}
