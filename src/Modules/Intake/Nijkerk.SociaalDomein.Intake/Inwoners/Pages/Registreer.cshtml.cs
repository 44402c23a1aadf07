using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Intake.Inwoners.Pages;

/// <summary>
/// The desk registers a person. A look-alike already in the register is shown to choose from: use that person, or
/// register a new one anyway. A known BSN points to the person who has it.
/// </summary>
[Authorize(Policy = IntakeRechten.InwonersSchrijven)]
public sealed class RegistreerInwonerModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal IReadOnlyList<RegistreerInwoner.Kandidaat> Kandidaten { get; private set; } = [];

    internal Guid? BestaandMetBsn { get; private set; }

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(bool nieuwOndanksGelijkenis, CancellationToken cancellationToken)
    {
        try
        {
            var id = await mediator.Send(Formulier.NaarRegistratie(nieuwOndanksGelijkenis), cancellationToken);
            TempData["Melding"] = "De inwoner is geregistreerd.";
            return RedirectToPage("Inwoner", new { id });
        }
        catch (ConflictException e) when (e.BestaandeId is not null)
        {
            BestaandMetBsn = Guid.Parse(e.BestaandeId);
        }
        catch (ConflictException e) when (e.Extra?.GetValueOrDefault("kandidaten") is IReadOnlyList<RegistreerInwoner.Kandidaat> kandidaten)
        {
            Kandidaten = kandidaten;
        }

        return Page();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The person's fields as the registration and edit forms post them; the commands check them.</summary>
    public sealed class Invoer
    {
        public string? Voornamen { get; set; }

        public string? Voorvoegsel { get; set; }

        public string? Achternaam { get; set; }

        public DateOnly? Geboortedatum { get; set; }

        public string? Straat { get; set; }

        public int? Huisnummer { get; set; }

        public string? HuisnummerToevoeging { get; set; }

        public string? Postcode { get; set; }

        public string? Woonplaats { get; set; }

        public string? Kern { get; set; }

        public string? Telefoon { get; set; }

        public string? Email { get; set; }

        public string? Voorkeurskanaal { get; set; }

        public string? Taal { get; set; }

        public string? Ondersteuningsbehoefte { get; set; }

        public string? Bsn { get; set; }

        internal static Invoer Van(GeefInwoner.Inwoner i) => new()
        {
            Voornamen = i.Voornamen,
            Voorvoegsel = i.Voorvoegsel,
            Achternaam = i.Achternaam,
            Geboortedatum = i.Geboortedatum,
            Straat = i.Straat,
            Huisnummer = i.Huisnummer,
            HuisnummerToevoeging = i.HuisnummerToevoeging,
            Postcode = i.Postcode,
            Woonplaats = i.Woonplaats,
            Kern = i.Kern,
            Telefoon = i.Telefoon,
            Email = i.Email,
            Voorkeurskanaal = i.Voorkeurskanaal,
            Taal = i.Taal,
            Ondersteuningsbehoefte = i.Ondersteuningsbehoefte,
        };

        internal RegistreerInwoner.Command NaarRegistratie(bool nieuwOndanksGelijkenis) => new(NaarGegevens(), nieuwOndanksGelijkenis);

        internal WijzigInwoner.Command NaarWijziging(Guid id, int versie) => new(id, versie, NaarGegevens());

        private Persoonsgegevens NaarGegevens() => new()
        {
            Voornamen = Voornamen,
            Voorvoegsel = L(Voorvoegsel),
            Achternaam = Achternaam,
            Geboortedatum = Geboortedatum,
            Straat = L(Straat),
            Huisnummer = Huisnummer,
            HuisnummerToevoeging = L(HuisnummerToevoeging),
            Postcode = L(Postcode),
            Woonplaats = L(Woonplaats),
            Kern = L(Kern),
            Telefoon = L(Telefoon),
            Email = L(Email),
            Voorkeurskanaal = L(Voorkeurskanaal),
            Taal = L(Taal),
            Ondersteuningsbehoefte = L(Ondersteuningsbehoefte),
            Bsn = L(Bsn),
        };

        private static string? L(string? waarde) => InwonerRegels.Leeg(waarde);

        /// <summary>The kern as a choice: the three kernen, or empty for someone who lives elsewhere.</summary>
        internal static IReadOnlyDictionary<string, string> Kernen { get; } = InwonerRegels.Kernen.ToDictionary(k => k, k => k);
    }
}
