using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Werkvoorraad.Pages;

/// <summary>
/// The regisseur's werkvoorraad: his running plans, the vastgelopen first (with why) and those with acties past their
/// deadline marked in words and a badge; and his closed plans whose nazorg is due or comes within two weeks (the
/// afsluiting sets that date: "lands in the regisseur's werkvoorraad"). Each opens the plan and the household.
/// </summary>
[Authorize(Policy = RegieRechten.PlannenBeheren)]
public sealed class MijnPlannenModel(IMediator mediator, TimeProvider clock) : PageModel
{
    private const int PerPagina = 25;

    /// <summary>How far ahead a nazorg date shows up in the werkvoorraad.</summary>
    public const int NazorgVooruitDagen = 14;

    [BindProperty(SupportsGet = true)]
    public string? Vastgelopen { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    internal Resultaten<ZoekPlannen.PlanRegel> Lopend { get; private set; } = new(0, []);

    internal Resultaten<ZoekPlannen.PlanRegel> Nazorg { get; private set; } = new(0, []);

    public DateOnly Vandaag { get; private set; }

    public int AantalPaginas => Math.Max(1, (Lopend.Totaal + PerPagina - 1) / PerPagina);

    internal static IReadOnlyDictionary<string, string> Keuzes { get; } = new Dictionary<string, string>
    {
        ["true"] = "Alleen vastgelopen",
        ["false"] = "Niet vastgelopen",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Vastgelopen = string.IsNullOrWhiteSpace(Vastgelopen) ? null : Vastgelopen.Trim();
        Vandaag = NederlandseDag.Vandaag(clock);
        Lopend = await mediator.Send(
            new ZoekPlannen.Query(ZoekPlannen.Ik, PlanStatus.Lopend, Vastgelopen, new Paginering(Math.Max(1, Pagina), PerPagina)), cancellationToken);
        Nazorg = await mediator.Send(
            new ZoekPlannen.Query(ZoekPlannen.Ik, PlanStatus.Afgesloten, null, new Paginering(1, Paginering.Maximum)) { NazorgUiterlijk = Vandaag.AddDays(NazorgVooruitDagen) },
            cancellationToken);
    }

    /// <summary>Why a plan is vastgelopen, in words.</summary>
    internal static string Redenen(ZoekPlannen.PlanRegel plan) =>
        string.Join(" en ", plan.Redenen.Select(r => r switch
        {
            Inrichting.Vastlopen.ActieOverTermijn => "een actie is te lang over haar deadline",
            Inrichting.Vastlopen.Stilstand => "er is te lang niets gebeurd",
            _ => r,
        }));

    internal static string Datum(DateOnly dag) => dag.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));

    internal static string Datum(DateTimeOffset moment) => Datum(NederlandseDag.Van(moment));
}
