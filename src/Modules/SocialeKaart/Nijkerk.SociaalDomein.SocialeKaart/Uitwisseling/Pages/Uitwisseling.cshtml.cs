using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling.Pages;

/// <summary>Beheer exchanges the sociale kaart with other directories: download it as HSDS, or read a file in and see per record what happened.</summary>
[Authorize(Policy = SocialeKaartRechten.Beheren)]
[RequestSizeLimit(ImporteerSocialeKaart.MaximaleGrootte)]
[RequestFormLimits(MultipartBodyLengthLimit = ImporteerSocialeKaart.MaximaleGrootte)]
public sealed class UitwisselingModel(IMediator mediator) : PageModel
{
    internal ImporteerSocialeKaart.Importverslag? Verslag { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var document = await mediator.Send(new ExporteerSocialeKaart.Query(), cancellationToken);
        return File(JsonSerializer.SerializeToUtf8Bytes(document, Hsds.Json), "application/json", "sociale-kaart-hsds.json");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? bestand, CancellationToken cancellationToken)
    {
        if (bestand is null || bestand.Length == 0)
        {
            ModelState.AddModelError("Bestand", "Kies een HSDS-bestand (JSON) om in te lezen.");
            return Page();
        }

        HsdsDocument? document;
        try
        {
            await using var stream = bestand.OpenReadStream();
            document = await Hsds.LeesAsync(stream, cancellationToken);
        }
        catch (JsonException)
        {
            ModelState.AddModelError("Bestand", "Dit bestand is geen Open Referral HSDS-document in JSON.");
            return Page();
        }

        try
        {
            Verslag = await mediator.Send(new ImporteerSocialeKaart.Command(document), cancellationToken);
        }
        catch (ValidationException e)
        {
            // The command's one rule is about the file as a whole, so its message goes next to the file field.
            foreach (var fout in e.Errors)
            {
                ModelState.AddModelError("Bestand", fout.ErrorMessage);
            }
        }

        return Page();
    }
}
