using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer.Pages;

/// <summary>
/// The beheerder creates or edits a voorziening. The form carries the version it was opened with, so saving over a
/// colleague's newer edit is refused with a message instead of overwriting it.
/// </summary>
[Authorize(Policy = SocialeKaartRechten.Beheren)]
public sealed class VoorzieningBewerkenModel(IMediator mediator, TimeProvider clock) : PageModel, IFormulierPagina
{
    private const int LegeTijden = 3;
    private const int LegeSluitingsdagen = 2;

    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    internal GeefOrganisatie.OrganisatieDetail Organisatie { get; private set; } = null!;

    internal IReadOnlyList<Leefgebied> Leefgebieden { get; private set; } = [];

    internal GeefVoorziening.VoorzieningDetail? Opgeslagen { get; private set; }

    internal static IReadOnlyList<string> Doelgroepen => Keuzes.Doelgroepen;

    internal static IReadOnlyList<string> Soorten => Keuzes.Soorten;

    internal static IReadOnlyList<string> Openingssoorten => Keuzes.Openingssoorten;

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public async Task<IActionResult> OnGetAsync(Guid? organisatieId, CancellationToken cancellationToken)
    {
        if (Id is { } bestaand)
        {
            Opgeslagen = await mediator.Send(new GeefVoorziening.Query(bestaand), cancellationToken);
            Formulier = Invoer.Van(Opgeslagen);
        }
        else
        {
            Formulier = new Invoer { OrganisatieId = organisatieId ?? Guid.Empty, LaatstGecontroleerd = Vandaag };
        }

        await LaadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var gegevens = Formulier.NaarGegevens();
        if (Id is { } bestaand)
        {
            await mediator.Send(new WijzigVoorziening.Command(bestaand, Formulier.Versie, gegevens), cancellationToken);
            TempData["Melding"] = "De wijzigingen zijn opgeslagen.";
            return RedirectToPage(new { id = bestaand });
        }

        var nieuw = await mediator.Send(new MaakVoorziening.Command(gegevens), cancellationToken);
        TempData["Melding"] = "De voorziening staat op de sociale kaart.";
        return RedirectToPage(new { id = nieuw });
    }

    public async Task<IActionResult> OnPostArchiveerAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ArchiveerVoorziening.Command(id, Formulier.Versie), cancellationToken);
        TempData["Melding"] = "De voorziening is gearchiveerd: ze staat niet meer op de sociale kaart.";
        return RedirectToPage(new { id });
    }

    async Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken)
    {
        if (Id is { } bestaand)
        {
            Opgeslagen = await mediator.Send(new GeefVoorziening.Query(bestaand), cancellationToken);
        }

        await LaadAsync(cancellationToken);
    }

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Organisatie = await mediator.Send(new GeefOrganisatie.Query(Formulier.OrganisatieId), cancellationToken);
        Leefgebieden = await mediator.Send(new GeefLeefgebieden(), cancellationToken);
        Formulier.VulAan(LegeTijden, LegeSluitingsdagen);
    }

    private DateOnly Vandaag => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The form as posted: opening-time and closing-day rows without a day are the blank ones and are skipped.</summary>
    public sealed class Invoer
    {
        public Guid OrganisatieId { get; set; }

        public int Versie { get; set; }

        public string? Naam { get; set; }

        public string? Omschrijving { get; set; }

        public List<string> Leefgebieden { get; set; } = [];

        public List<string> Doelgroepen { get; set; } = [];

        public string? Themas { get; set; }

        public bool? Kosteloos { get; set; }

        public string? Soort { get; set; }

        public string? Aanvragen { get; set; }

        public bool VerwijzingNodig { get; set; }

        public DateOnly? LaatstGecontroleerd { get; set; }

        public List<Guid> LocatieIds { get; set; } = [];

        public List<Tijd> Openingstijden { get; set; } = [];

        public List<Dag> Sluitingsdagen { get; set; } = [];

        internal Voorzieningsgegevens NaarGegevens() => new(
            OrganisatieId, Naam, Omschrijving, [.. Leefgebieden], Themas?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            [.. Doelgroepen], Kosteloos, Soort, Aanvragen, VerwijzingNodig, LaatstGecontroleerd, [.. LocatieIds],
            [.. Openingstijden.Where(t => t.Weekdag is not null).Select(t => new OpeningstijdInvoer(t.Weekdag!.Value, t.Van ?? default, t.Tot ?? default, t.Soort, t.LocatieId))],
            [.. Sluitingsdagen.Where(d => d.Datum is not null).Select(d => new SluitingsdagInvoer(d.Datum!.Value, d.Omschrijving))]);

        internal static Invoer Van(GeefVoorziening.VoorzieningDetail v) => new()
        {
            OrganisatieId = v.Organisatie.Id,
            Versie = v.Versie,
            Naam = v.Naam,
            Omschrijving = v.Omschrijving,
            Leefgebieden = [.. v.Leefgebieden],
            Doelgroepen = [.. v.Doelgroepen],
            Themas = string.Join(", ", v.Themas),
            Kosteloos = v.Kosteloos,
            Soort = v.Soort,
            Aanvragen = v.Aanvragen,
            VerwijzingNodig = v.VerwijzingNodig,
            LaatstGecontroleerd = v.LaatstGecontroleerd,
            LocatieIds = [.. v.Locaties.Select(l => l.Id)],
            Openingstijden = [.. v.Openingstijden.Select(t => new Tijd { Weekdag = t.Weekdag, Van = t.Van, Tot = t.Tot, Soort = t.Soort, LocatieId = t.LocatieId })],
            Sluitingsdagen = [.. v.Sluitingsdagen.Select(d => new Dag { Datum = d.Datum, Omschrijving = d.Omschrijving })],
        };

        /// <summary>Adds blank rows so a new opening time or closing day can be filled in without JavaScript.</summary>
        public void VulAan(int tijden, int dagen)
        {
            Openingstijden = [.. Openingstijden.Where(t => t.Weekdag is not null), .. Enumerable.Range(0, tijden).Select(_ => new Tijd())];
            Sluitingsdagen = [.. Sluitingsdagen.Where(d => d.Datum is not null), .. Enumerable.Range(0, dagen).Select(_ => new Dag())];
        }
    }

    public sealed class Tijd
    {
        public int? Weekdag { get; set; }

        public TimeOnly? Van { get; set; }

        public TimeOnly? Tot { get; set; }

        public string? Soort { get; set; }

        public Guid? LocatieId { get; set; }
    }

    public sealed class Dag
    {
        public DateOnly? Datum { get; set; }

        public string? Omschrijving { get; set; }
    }
}
