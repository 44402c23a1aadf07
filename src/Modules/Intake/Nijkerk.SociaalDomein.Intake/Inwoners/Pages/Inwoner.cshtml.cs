using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Inwoners.Pages;

/// <summary>
/// One person: his data, the BSN only on request and only for who may see it ("Toon BSN" posts, so the number is
/// never in a URL), and the look-alikes in the register that the desk may merge into this one.
/// </summary>
[Authorize(Policy = IntakeRechten.InwonersLezen)]
public sealed class InwonerModel(IMediator mediator, IAuthorizationService autorisatie) : PageModel
{
    internal GeefInwoner.Inwoner? Inwoner { get; private set; }

    internal GeefOverzicht.Overzicht? Overzicht { get; private set; }

    internal string? Bsn { get; private set; }

    internal bool MagBsnZien { get; private set; }

    internal bool MagWijzigen { get; private set; }

    internal bool MagToestemmingenZien { get; private set; }

    internal IReadOnlyList<ZoekInwoners.InwonerSamenvatting> Gelijkenden { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LaadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostBsnAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LaadAsync(id, cancellationToken) is { } elders)
        {
            return elders;
        }

        if (!MagBsnZien)
        {
            return Forbid();
        }

        Bsn = (await mediator.Send(new GeefBsn.Query(id), cancellationToken)).Bsn;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostSamenvoegenAsync(Guid id, Guid ander, CancellationToken cancellationToken)
    {
        await mediator.Send(new VoegInwonersSamen.Command(id, ander), cancellationToken);
        TempData["Melding"] = "De twee registraties zijn samengevoegd; alle aanmeldingen staan nu bij deze inwoner.";
        return RedirectToPage("Inwoner", new { id });
    }

    /// <summary>Loads the person; answers another result when there is none to show here (not found, or merged into another).</summary>
    private async Task<IActionResult?> LaadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Inwoner = await mediator.Send(new GeefInwoner.Query(id), cancellationToken);
        }
        catch (NietGevondenException e) when (e.Extra?.GetValueOrDefault("samengevoegdIn") is Guid behouden)
        {
            TempData["Melding"] = "Deze registratie is samengevoegd; u ziet de inwoner waarin zij is opgegaan.";
            return RedirectToPage("Inwoner", new { id = behouden });
        }

        Overzicht = await mediator.Send(new GeefOverzicht.Query(id), cancellationToken);
        MagBsnZien = (await autorisatie.AuthorizeAsync(User, IntakeRechten.BsnInzien)).Succeeded;
        MagWijzigen = (await autorisatie.AuthorizeAsync(User, IntakeRechten.InwonersSchrijven)).Succeeded;
        MagToestemmingenZien = (await autorisatie.AuthorizeAsync(User, OverdrachtRechten.ToestemmingenLezen)).Succeeded;
        if (MagWijzigen)
        {
            var opNaam = await mediator.Send(new ZoekInwoners.Query(null, Inwoner.Achternaam, Inwoner.Geboortedatum, null, null), cancellationToken);
            var opAdres = Inwoner is { Postcode: not null, Huisnummer: not null }
                ? (await mediator.Send(new ZoekInwoners.Query(null, null, Inwoner.Geboortedatum, Inwoner.Postcode, Inwoner.Huisnummer), cancellationToken)).Resultaten
                : [];
            Gelijkenden = [.. opNaam.Resultaten.Concat(opAdres).Where(g => g.Id != id).DistinctBy(g => g.Id)];
        }

        return null;
    }
}
