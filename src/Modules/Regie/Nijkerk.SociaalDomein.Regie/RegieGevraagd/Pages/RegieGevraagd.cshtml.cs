using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Regie.Werkvoorraad;

namespace Nijkerk.SociaalDomein.Regie.RegieGevraagd.Pages;

/// <summary>
/// The teamleider's "regie gevraagd": the meervoudige questions waiting for a regisseur, the longest waiting first, with
/// the teams, expertises and low scores and no person. Per row a small form chooses a regisseur (with how many plans he
/// runs) and his phone number, and sends the same command as the API; a refusal comes back next to that row's field,
/// a household that already has a plan as a message naming its regisseur.
/// </summary>
[Authorize(Policy = RegieRechten.RegieToewijzen)]
public sealed class RegieGevraagdModel(IMediator mediator, TimeProvider clock) : PageModel, IFormulierPagina
{
    private const int PerPagina = 25;

    [BindProperty]
    public ToewijzingInvoer Toewijzing { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    internal Resultaten<GeefRegieverzoeken.Regieverzoek> Verzoeken { get; private set; } = new(0, []);

    internal IReadOnlyList<GeefRegisseurs.Regisseur> Regisseurs { get; private set; } = [];

    public DateOnly Vandaag { get; private set; }

    public int AantalPaginas => Math.Max(1, (Verzoeken.Totaal + PerPagina - 1) / PerPagina);

    string IFormulierPagina.Voorvoegsel => nameof(Toewijzing) + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Toewijzing.RegieverzoekId is not { } verzoek)
        {
            return NotFound();
        }

        var gestart = await mediator.Send(
            new WijsRegisseurToe.Command(verzoek, Leeg(Toewijzing.RegisseurId), Leeg(Toewijzing.Telefoon)), cancellationToken);
        TempData["Melding"] = $"{gestart.Regisseur} is regisseur; het ondersteuningsplan is gestart.";
        return RedirectToPage(new { pagina = Pagina });
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    /// <summary>The error of a field of the row the teamleider sent, next to that row's field only.</summary>
    internal string? Fout(Guid verzoek, string veld) =>
        Toewijzing.RegieverzoekId == verzoek && ModelState.TryGetValue($"{nameof(Toewijzing)}.{veld}", out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>What was typed in this row, when the form comes back.</summary>
    internal string? Getypt(Guid verzoek, string veld) =>
        Toewijzing.RegieverzoekId == verzoek ? veld == nameof(ToewijzingInvoer.Telefoon) ? Toewijzing.Telefoon : Toewijzing.RegisseurId : null;

    internal string Wachttijd(DateTimeOffset gevraagdOp) => (Vandaag.DayNumber - NederlandseDag.Van(gevraagdOp).DayNumber) switch
    {
        <= 0 => "Sinds vandaag",
        1 => "1 dag",
        var n => $"{n} dagen",
    };

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Vandaag = NederlandseDag.Vandaag(clock);
        Verzoeken = await mediator.Send(new GeefRegieverzoeken.Query(new Paginering(Math.Max(1, Pagina), PerPagina)), cancellationToken);
        Regisseurs = await mediator.Send(new GeefRegisseurs.Query(), cancellationToken);
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

    public sealed class ToewijzingInvoer
    {
        public Guid? RegieverzoekId { get; set; }

        public string? RegisseurId { get; set; }

        public string? Telefoon { get; set; }
    }
}
