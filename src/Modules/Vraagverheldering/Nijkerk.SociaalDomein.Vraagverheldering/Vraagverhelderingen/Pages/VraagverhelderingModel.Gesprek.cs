using Microsoft.AspNetCore.Mvc;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;
using Nijkerk.SociaalDomein.Vraagverheldering.Methoden;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

/// <summary>The gesprek section: plan it (vorm, when, where, who), cliëntondersteuning offered and accepted, the aanleiding; and the method.</summary>
public sealed partial class VraagverhelderingModel
{
    /// <summary>Empty rows for new deelnemers below the ones recorded; a row without a name is left out.</summary>
    private const int LegeDeelnemers = 3;

    [BindProperty]
    public GesprekInvoer Gesprek { get; set; } = new();

    [BindProperty]
    public string? Methode { get; set; }

    internal IReadOnlyList<GeefMethoden.Methode> Methoden { get; private set; } = [];

    internal static IReadOnlyDictionary<string, string> Vormen => Keuzes.Vormen;

    internal static IReadOnlyDictionary<string, string> Deelnemersoorten => Keuzes.Deelnemers;

    internal static IReadOnlyDictionary<string, string> Levensgebeurtenissen => Keuzes.Levensgebeurtenissen;

    public Task<IActionResult> OnPostGesprekAsync(CancellationToken cancellationToken) =>
        VoerUitAsync("gesprek", () => mediator.Send(new PlanGesprek.Command(Id, Versie, Gesprek.NaarGesprek()), cancellationToken),
            "Het gesprek is vastgelegd.", "Gesprek.", cancellationToken);

    public Task<IActionResult> OnPostMethodeAsync(CancellationToken cancellationToken) =>
        VoerUitAsync("methode", () => mediator.Send(new KiesMethode.Command(Id, Versie, Methode), cancellationToken),
            "De methode is gekozen.", "", cancellationToken);

    private void VulGesprek()
    {
        if (Gepost != "gesprek")
        {
            Gesprek = GesprekInvoer.Van(Detail.Gesprek);
        }

        var leeg = LegeDeelnemers - Gesprek.Deelnemers.Count(d => d.Id is null);
        for (var i = 0; i < leeg; i++)
        {
            Gesprek.Deelnemers.Add(new DeelnemerInvoer());
        }

        Methode ??= Detail.Methode.Code;
    }

    /// <summary>The gesprek as the form sends it; the date and time are Dutch time.</summary>
    public sealed class GesprekInvoer
    {
        public string? Vorm { get; set; }

        public DateTime? Tijdstip { get; set; }

        public string? Plaats { get; set; }

        public List<DeelnemerInvoer> Deelnemers { get; set; } = [];

        public bool ClientondersteuningAangeboden { get; set; }

        /// <summary>"ja", "nee", or empty when not (yet) known.</summary>
        public string? ClientondersteuningGeaccepteerd { get; set; }

        public string? Aanleiding { get; set; }

        public string? Levensgebeurtenis { get; set; }

        internal Gesprek NaarGesprek() => new(
            Vorm,
            Tijdstip is { } t ? NederlandseTijd.Uit(t) : null,
            Plaats,
            [.. Deelnemers.Where(d => !string.IsNullOrWhiteSpace(d.Naam) || !string.IsNullOrWhiteSpace(d.Soort))
                .Select(d => new Deelnemer(d.Id, d.Soort, d.Naam, d.Relatie, d.Organisatie))],
            ClientondersteuningAangeboden,
            ClientondersteuningGeaccepteerd switch { "ja" => true, "nee" => false, _ => null },
            Aanleiding,
            string.IsNullOrWhiteSpace(Levensgebeurtenis) ? null : Levensgebeurtenis);

        internal static GesprekInvoer Van(Gesprek? gesprek) => gesprek is null ? new() : new()
        {
            Vorm = gesprek.Vorm,
            Tijdstip = gesprek.Tijdstip is { } t ? NederlandseTijd.Van(t).DateTime : null,
            Plaats = gesprek.Plaats,
            Deelnemers = [.. (gesprek.Deelnemers ?? []).Select(d => new DeelnemerInvoer
            {
                Id = d.Id, Soort = d.Soort, Naam = d.Naam, Relatie = d.Relatie, Organisatie = d.Organisatie,
            })],
            ClientondersteuningAangeboden = gesprek.ClientondersteuningAangeboden,
            ClientondersteuningGeaccepteerd = gesprek.ClientondersteuningGeaccepteerd switch { true => "ja", false => "nee", null => "" },
            Aanleiding = gesprek.Aanleiding,
            Levensgebeurtenis = gesprek.Levensgebeurtenis,
        };
    }

    public sealed class DeelnemerInvoer
    {
        public Guid? Id { get; set; }

        public string? Soort { get; set; }

        public string? Naam { get; set; }

        public string? Relatie { get; set; }

        public string? Organisatie { get; set; }
    }
}
