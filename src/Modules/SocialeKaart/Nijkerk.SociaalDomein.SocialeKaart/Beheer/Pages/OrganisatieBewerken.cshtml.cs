using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer.Pages;

/// <summary>The beheerder creates or edits an organisatie and its locaties, and sees the voorzieningen it offers.</summary>
[Authorize(Policy = SocialeKaartRechten.Beheren)]
public sealed class OrganisatieBewerkenModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal GeefOrganisatie.OrganisatieDetail? Opgeslagen { get; private set; }

    internal static IReadOnlyList<string> Kernen => Keuzes.Kernen;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            Formulier = new Invoer { LaatstGecontroleerd = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
            Formulier.VulAan();
            return Page();
        }

        return await LaadAsync(id.Value, vulFormulier: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var gegevens = new Organisatiegegevens(Formulier.Naam, Formulier.Omschrijving, Formulier.Telefoon, Formulier.Email, Formulier.Website,
            Formulier.LaatstGecontroleerd, [.. Formulier.Locaties.Where(l => l.Id is not null || !string.IsNullOrWhiteSpace(l.Naam))
                .Select(l => new LocatieInvoer(l.Id, l.Naam, l.Straat, l.Huisnummer, l.Postcode, l.Plaats, l.Kern))]);
        try
        {
            var opgeslagen = id ?? await mediator.Send(new MaakOrganisatie.Command(gegevens), cancellationToken);
            if (id is not null)
            {
                await mediator.Send(new WijzigOrganisatie.Command(opgeslagen, Formulier.Versie, gegevens), cancellationToken);
            }

            TempData["Melding"] = "De organisatie is opgeslagen.";
            return RedirectToPage(new { id = opgeslagen });
        }
        catch (ValidationException e)
        {
            ModelState.VoegToe(e, nameof(Formulier) + ".");
        }
        catch (Exception e) when (e is RegelOvertredenException or VerouderdeVersieException)
        {
            ModelState.AddModelError("", e.Message);
        }

        Formulier.VulAan();
        return id is null ? Page() : await LaadAsync(id.Value, vulFormulier: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostArchiveerAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ArchiveerOrganisatie.Command(id, Formulier.Versie), cancellationToken);
            TempData["Melding"] = "De organisatie is gearchiveerd.";
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e is RegelOvertredenException or VerouderdeVersieException)
        {
            ModelState.AddModelError("", e.Message);
            return await LaadAsync(id, vulFormulier: true, cancellationToken);
        }
    }

    private async Task<IActionResult> LaadAsync(Guid id, bool vulFormulier, CancellationToken cancellationToken)
    {
        try
        {
            Opgeslagen = await mediator.Send(new GeefOrganisatie.Query(id), cancellationToken);
        }
        catch (NietGevondenException)
        {
            return NotFound();
        }

        if (vulFormulier)
        {
            Formulier = Invoer.Van(Opgeslagen);
        }

        Formulier.VulAan();
        return Page();
    }

    public sealed class Invoer
    {
        public int Versie { get; set; }

        public string? Naam { get; set; }

        public string? Omschrijving { get; set; }

        public string? Telefoon { get; set; }

        public string? Email { get; set; }

        public string? Website { get; set; }

        public DateOnly? LaatstGecontroleerd { get; set; }

        public List<Plek> Locaties { get; set; } = [];

        internal static Invoer Van(GeefOrganisatie.OrganisatieDetail o) => new()
        {
            Versie = o.Versie,
            Naam = o.Naam,
            Omschrijving = o.Omschrijving,
            Telefoon = o.Telefoon,
            Email = o.Email,
            Website = o.Website,
            LaatstGecontroleerd = o.LaatstGecontroleerd,
            Locaties = [.. o.Locaties.Select(l => new Plek { Id = l.Id, Naam = l.Naam, Straat = l.Straat, Huisnummer = l.Huisnummer, Postcode = l.Postcode, Plaats = l.Plaats, Kern = l.Kern })],
        };

        /// <summary>One blank row for a new locatie, so it can be added without JavaScript.</summary>
        public void VulAan() =>
            Locaties = [.. Locaties.Where(l => l.Id is not null || !string.IsNullOrWhiteSpace(l.Naam)), new Plek()];
    }

    public sealed class Plek
    {
        public Guid? Id { get; set; }

        public string? Naam { get; set; }

        public string? Straat { get; set; }

        public string? Huisnummer { get; set; }

        public string? Postcode { get; set; }

        public string? Plaats { get; set; }

        public string? Kern { get; set; }
    }
}
