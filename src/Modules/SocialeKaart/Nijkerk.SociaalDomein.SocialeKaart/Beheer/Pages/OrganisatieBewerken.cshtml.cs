using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer.Pages;

/// <summary>The beheerder creates or edits an organisatie and its locaties, and sees the voorzieningen it offers.</summary>
[Authorize(Policy = SocialeKaartRechten.Beheren)]
public sealed class OrganisatieBewerkenModel(IMediator mediator, TimeProvider clock) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    internal GeefOrganisatie.OrganisatieDetail? Opgeslagen { get; private set; }

    internal static IReadOnlyList<string> Kernen => Keuzes.Kernen;

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            Formulier = new Invoer { LaatstGecontroleerd = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
            Formulier.VulAan();
            return Page();
        }

        await LaadAsync(Id.Value, vulFormulier: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var gegevens = new Organisatiegegevens(Formulier.Naam, Formulier.Omschrijving, Formulier.Telefoon, Formulier.Email, Formulier.Website,
            Formulier.LaatstGecontroleerd, [.. Formulier.Locaties.Where(l => l.Id is not null || !string.IsNullOrWhiteSpace(l.Naam))
                .Select(l => new LocatieInvoer(l.Id, l.Naam, l.Straat, l.Huisnummer, l.Postcode, l.Plaats, l.Kern))]);
        var opgeslagen = Id ?? await mediator.Send(new MaakOrganisatie.Command(gegevens), cancellationToken);
        if (Id is not null)
        {
            await mediator.Send(new WijzigOrganisatie.Command(opgeslagen, Formulier.Versie, gegevens), cancellationToken);
        }

        TempData["Melding"] = "De organisatie is opgeslagen.";
        return RedirectToPage(new { id = opgeslagen });
    }

    public async Task<IActionResult> OnPostArchiveerAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ArchiveerOrganisatie.Command(id, Formulier.Versie), cancellationToken);
        TempData["Melding"] = "De organisatie is gearchiveerd.";
        return RedirectToPage(new { id });
    }

    // The archive form posts only the version, so a refused archiving shows the stored organisatie, not an empty form.
    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            Formulier.VulAan();
            return Task.CompletedTask;
        }

        var archiveren = string.Equals(Request.Query["handler"], "Archiveer", StringComparison.OrdinalIgnoreCase);
        return LaadAsync(id, vulFormulier: archiveren, cancellationToken);
    }

    private async Task LaadAsync(Guid id, bool vulFormulier, CancellationToken cancellationToken)
    {
        Opgeslagen = await mediator.Send(new GeefOrganisatie.Query(id), cancellationToken);
        if (vulFormulier)
        {
            Formulier = Invoer.Van(Opgeslagen);
        }

        Formulier.VulAan();
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
