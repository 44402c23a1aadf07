using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Web;

/// <summary>
/// What a page answers when a command or query refuses, so page models need no catch blocks: not found is the 404
/// page, no access the "geen toegang" page, a validation failure the same form with the Dutch messages next to the
/// fields, and a conflict, broken rule or stale version a Dutch message: above the form on a form page
/// (<see cref="IFormulierPagina"/>), or after a post on any other page in <c>TempData["Fout"]</c>, which it shows.
/// The API has its own handler (problem+json); this one only sees Razor Pages.
/// </summary>
internal sealed class PaginaFoutenFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var uitgevoerd = await next();
        if (uitgevoerd is { Exception: { } fout, ExceptionHandled: false, HandlerInstance: PageModel pagina }
            && await AntwoordAsync(fout, pagina, context.HttpContext.RequestAborted) is { } antwoord)
        {
            uitgevoerd.Result = antwoord;
            uitgevoerd.ExceptionHandled = true;
        }
    }

    private static async Task<IActionResult?> AntwoordAsync(Exception fout, PageModel pagina, CancellationToken cancellationToken)
    {
        var formulier = pagina as IFormulierPagina;
        var opGet = HttpMethods.IsGet(pagina.Request.Method);
        switch (fout)
        {
            case NietGevondenException:
                return new NotFoundResult();
            case GeenToegangException:
                return new ForbidResult();
            case ValidationException validatie when formulier is not null || opGet:
                pagina.ModelState.VoegToe(validatie, formulier?.Voorvoegsel ?? "");
                return await OpnieuwAsync(formulier, cancellationToken);
            case ValidationException validatie:
                pagina.TempData["Fout"] = validatie.Errors.First().ErrorMessage;
                return new RedirectToPageResult(null);
            case ConflictException or RegelOvertredenException or VerouderdeVersieException when formulier is not null:
                pagina.ModelState.AddModelError("", fout.Message);
                return await OpnieuwAsync(formulier, cancellationToken);
            case ConflictException or RegelOvertredenException or VerouderdeVersieException when !opGet:
                pagina.TempData["Fout"] = fout.Message;
                return new RedirectToPageResult(null);
            default:
                return null;
        }
    }

    private static async Task<IActionResult> OpnieuwAsync(IFormulierPagina? formulier, CancellationToken cancellationToken)
    {
        try
        {
            if (formulier is not null)
            {
                await formulier.ToonOpnieuwAsync(cancellationToken);
            }
        }
        catch (NietGevondenException)
        {
            // Gone while the user was typing: nothing left to show the form around.
            return new NotFoundResult();
        }

        return new PageResult();
    }
}
