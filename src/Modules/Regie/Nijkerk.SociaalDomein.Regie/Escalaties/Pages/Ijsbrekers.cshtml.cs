using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Regie.Escalaties.Rooster;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Pages;

/// <summary>
/// The functioneel beheerder keeps the ijsbrekers' rota (shifts, evenings and weekends too), sees when nobody is on duty
/// in the coming week, and sets the pot of a year.
/// </summary>
[Authorize(Policy = RegieRechten.RegieInrichten)]
public sealed class IjsbrekersModel(IMediator mediator) : PageModel, IFormulierPagina
{
    private string gepost = "";

    [BindProperty]
    public DienstInvoer Dienst { get; set; } = new();

    [BindProperty]
    public BudgetInvoer Budget { get; set; } = new();

    internal GeefRooster.Overzicht Rooster { get; private set; } = new([], [], []);

    internal Budgetpot.Stand Stand { get; private set; } = null!;

    string IFormulierPagina.Voorvoegsel => gepost.Length == 0 ? "" : gepost + ".";

    internal IEnumerable<KeyValuePair<string, string>> Ijsbrekers => Rooster.Ijsbrekers.Select(i => new KeyValuePair<string, string>(i.Id, i.Naam));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LaadAsync(cancellationToken);
        Budget.Jaar ??= Stand.Jaar.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostDienstAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Dienst);
        var van = Moment(Dienst.Van, "Dienst.Van");
        var tot = Moment(Dienst.Tot, "Dienst.Tot");
        if (!ModelState.IsValid)
        {
            await LaadAsync(cancellationToken);
            return Page();
        }

        var gepland = await mediator.Send(new PlanDienst.Command(Dienst.IjsbrekerId, van, tot), cancellationToken);
        TempData["Melding"] = $"{gepland.Ijsbreker} heeft dienst van {Weergave.Tijdstip(gepland.Van)} tot {Weergave.Tijdstip(gepland.Tot)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderAsync(Guid dienstId, CancellationToken cancellationToken)
    {
        await mediator.Send(new VerwijderDienst.Command(dienstId), cancellationToken);
        TempData["Melding"] = "De dienst is van het rooster gehaald.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBudgetAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Budget);
        int? jaar = int.TryParse(Budget.Jaar, NumberStyles.None, CultureInfo.InvariantCulture, out var j) ? j : null;
        decimal? bedrag = decimal.TryParse(Budget.Bedrag?.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var b) ? b : null;
        if (jaar is null && !string.IsNullOrWhiteSpace(Budget.Jaar))
        {
            ModelState.AddModelError("Budget.Jaar", "Vul een jaartal in, bijvoorbeeld 2027.");
        }

        if (bedrag is null && !string.IsNullOrWhiteSpace(Budget.Bedrag))
        {
            ModelState.AddModelError("Budget.Bedrag", "Vul een bedrag in euro in, bijvoorbeeld 50000.");
        }

        if (!ModelState.IsValid)
        {
            await LaadAsync(cancellationToken);
            return Page();
        }

        await mediator.Send(new StelBudgetIn.Command(jaar, bedrag), cancellationToken);
        TempData["Melding"] = $"De ijsbrekerspot van {jaar} is {Budgetpot.Euro(bedrag!.Value)}.";
        return RedirectToPage();
    }

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    /// <summary>A date and time typed in Nijkerk's time (the datetime-local control), as a moment.</summary>
    private DateTimeOffset? Moment(string? tekst, string veld)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }

        if (!DateTime.TryParseExact(tekst.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "d-M-yyyy HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
        {
            ModelState.AddModelError(veld, "Vul een datum en tijd in, zoals 05-03-2027 17:00.");
            return null;
        }

        return NederlandseTijd.Uit(lokaal);
    }

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Rooster = await mediator.Send(new GeefRooster.Query(), cancellationToken);
        Stand = await mediator.Send(new GeefBudget.Query(null), cancellationToken);
    }

    public sealed class DienstInvoer
    {
        public string? IjsbrekerId { get; set; }

        public string? Van { get; set; }

        public string? Tot { get; set; }
    }

    public sealed class BudgetInvoer
    {
        public string? Jaar { get; set; }

        public string? Bedrag { get; set; }
    }
}
