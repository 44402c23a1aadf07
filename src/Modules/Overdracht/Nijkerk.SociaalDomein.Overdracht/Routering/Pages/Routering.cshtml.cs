using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.Overdracht.Routering.Pages;

/// <summary>The beheerder sets, per expertise, which team takes the overdracht and which partner, if any, carries it out.</summary>
[Authorize(Policy = OverdrachtRechten.RouteringBeheren)]
public sealed class RouteringModel(IMediator mediator) : PageModel, IFormulierPagina
{
    [BindProperty]
    public Invoer Formulier { get; set; } = new();

    internal GeefRoutering.Tabel Tabel { get; private set; } = new([], [], []);

    string IFormulierPagina.Voorvoegsel => nameof(Formulier) + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Only the rows the beheerder changed, each with the version it showed: a colleague's change to another row stands.
        var regels = Formulier.Regels
            .Where(r => r.TeamCode != r.WasTeamCode || (r.PartnerOrganisatie ?? "") != (r.WasPartnerOrganisatie ?? ""))
            .Select(r => new WijzigRoutering.Regel(r.Expertise, r.TeamCode, r.PartnerOrganisatie, r.Versie))
            .ToList();
        var gewijzigd = regels.Count == 0 ? 0 : await mediator.Send(new WijzigRoutering.Command(regels), cancellationToken);
        TempData["Melding"] = gewijzigd switch
        {
            0 => "Er was niets gewijzigd.",
            1 => "De routering van 1 expertise is opgeslagen.",
            _ => $"De routering van {gewijzigd} expertises is opgeslagen.",
        };
        return RedirectToPage();
    }

    // The choices are the stored ones again: after a refusal (a colleague's newer change) the beheerder starts from the current table.
    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    internal GeefRoutering.Regel? Opgeslagen(string? expertise) => Tabel.Regels.FirstOrDefault(r => r.Expertise == expertise);

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Tabel = await mediator.Send(new GeefRoutering.Query(), cancellationToken);
        Formulier = new Invoer
        {
            Regels = [.. Tabel.Regels.Select(r => new Rij
            {
                Expertise = r.Expertise,
                TeamCode = r.TeamCode,
                PartnerOrganisatie = r.PartnerOrganisatie,
                Versie = r.Versie,
                WasTeamCode = r.TeamCode,
                WasPartnerOrganisatie = r.PartnerOrganisatie,
            })],
        };
    }

    public sealed class Invoer
    {
        public List<Rij> Regels { get; set; } = [];
    }

    public sealed class Rij
    {
        public string? Expertise { get; set; }

        public string? TeamCode { get; set; }

        public string? PartnerOrganisatie { get; set; }

        public int? Versie { get; set; }

        public string? WasTeamCode { get; set; }

        public string? WasPartnerOrganisatie { get; set; }
    }
}
