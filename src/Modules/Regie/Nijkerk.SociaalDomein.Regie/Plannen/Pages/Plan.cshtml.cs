using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Plannen.Pages;

/// <summary>
/// One ondersteuningsplan as its people work on it: the household, regisseur, teams and whom to call, scores, doelen,
/// acties (overdue ones marked), evaluaties, the agreement and the history; forms to add a doel, actie or evaluatie, to
/// change an actie's status and to record the agreement, each as far as the reader may. Every form sends the version it
/// was drawn from: a colleague's change since is a Dutch message above the form naming who changed what, never an
/// overwrite. Who has no part in the plan gets the 404 page.
/// </summary>
[Authorize(Policy = RegieRechten.PlannenLezen)]
public sealed class PlanModel(IMediator mediator, ActorContext actor) : PageModel, IFormulierPagina
{
    private string gepost = "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The plan version the page was drawn from, sent by the forms that add to the plan.</summary>
    [BindProperty]
    public int Versie { get; set; }

    [BindProperty]
    public DoelInvoer Doel { get; set; } = new();

    [BindProperty]
    public ActieInvoer Actie { get; set; } = new();

    [BindProperty]
    public EvaluatieInvoer Evaluatie { get; set; } = new();

    [BindProperty]
    public StatusInvoer StatusWijziging { get; set; } = new();

    [BindProperty]
    public AkkoordInvoer Akkoord { get; set; } = new();

    internal GeefPlan.Detail Detail { get; private set; } = null!;

    internal IReadOnlyDictionary<string, string> Leefgebieden { get; private set; } = new Dictionary<string, string>();

    internal IReadOnlyDictionary<string, string> Teams { get; private set; } = new Dictionary<string, string>();

    /// <summary>The teams the reader may name on an actie: every team for the regisseur, his own for a vakspecialist.</summary>
    internal IReadOnlyDictionary<string, string> EigenTeams { get; private set; } = new Dictionary<string, string>();

    internal bool Beheert => Detail.Rol == "beheren" && Detail.Status == PlanStatus.Lopend;

    internal bool DraagtBij => Detail.Rol is "beheren" or "bijdragen" && Detail.Status == PlanStatus.Lopend;

    internal bool MagStatusWijzigen(GeefPlan.Actie actie) =>
        DraagtBij && (Beheert || (actie.TeamCode is { } team && (actor.Huidig.Teams ?? []).Contains(team)));

    internal static IReadOnlyDictionary<string, string> Zichtbaarheidskeuzes => Zichtbaarheden.Namen;

    internal static IReadOnlyDictionary<string, string> Soorten => Verantwoordelijken.Namen;

    internal static IReadOnlyDictionary<string, string> Statussen => ActieStatussen.Namen;

    internal static IReadOnlyDictionary<string, string> Wijzen => AkkoordWijzen.Namen;

    internal string Gepost => gepost;

    string IFormulierPagina.Voorvoegsel => gepost.Length == 0 ? "" : gepost + ".";

    public Task OnGetAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDoelAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Doel);
        await mediator.Send(new VoegDoelToe.Command(Id, Versie, Leeg(Doel.Leefgebied), Doel.Omschrijving, Leeg(Doel.Zichtbaarheid), Leeg(Doel.TeamCode)), cancellationToken);
        TempData["Melding"] = "Het doel is toegevoegd.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostActieAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Actie);
        var kosten = decimal.TryParse(Actie.AfspraakKosten?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var bedrag) ? bedrag : (decimal?)null;
        await mediator.Send(new VoegActieToe.Command(Id, Versie, new VoegActieToe.Invoer(
            Actie.Omschrijving, Actie.DoelId, Leeg(Actie.VerantwoordelijkeSoort), Actie.Verantwoordelijke, Leeg(Actie.TeamCode), Leeg(Actie.Organisatie),
            Leeg(Actie.Telefoon), Datum(Actie.Deadline), Leeg(Actie.Zichtbaarheid), Leeg(Actie.AfspraakInhoud), Leeg(Actie.AfspraakDuur), kosten)), cancellationToken);
        TempData["Melding"] = "De actie is toegevoegd.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostEvaluatieAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Evaluatie);
        var scores = Evaluatie.Scores.Where(s => !string.IsNullOrEmpty(s.Value))
            .Select(s => new VoegEvaluatieToe.NieuweScore(s.Key, int.TryParse(s.Value, out var score) ? score : null)).ToList();
        await mediator.Send(new VoegEvaluatieToe.Command(Id, Versie, Evaluatie.Notitie, scores, Leeg(Evaluatie.Zichtbaarheid)), cancellationToken);
        TempData["Melding"] = "De evaluatie is vastgelegd.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(StatusWijziging);
        await mediator.Send(new WijzigActie.Command(Id, StatusWijziging.ActieId, StatusWijziging.Versie, Leeg(StatusWijziging.Status), null), cancellationToken);
        TempData["Melding"] = "De status van de actie is gewijzigd.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostAkkoordAsync(CancellationToken cancellationToken)
    {
        gepost = nameof(Akkoord);
        await mediator.Send(new LegAkkoordVast.Command(Id, Versie, Datum(Akkoord.Op), Leeg(Akkoord.Wijze)), cancellationToken);
        TempData["Melding"] = "Het akkoord van de inwoner is vastgelegd.";
        return RedirectToPage(new { Id });
    }

    /// <summary>The message for a field of the posted form, e.g. <c>Actie.Deadline</c>.</summary>
    internal string? Fout(string veld) => ModelState.TryGetValue(veld, out var staat) ? staat.Errors.FirstOrDefault()?.ErrorMessage : null;

    internal string LeefgebiedNaam(string code) => Leefgebieden.GetValueOrDefault(code, code);

    internal string TeamNaam(string code) => Teams.GetValueOrDefault(code, code);

    Task IFormulierPagina.ToonOpnieuwAsync(CancellationToken cancellationToken) => LaadAsync(cancellationToken);

    private async Task LaadAsync(CancellationToken cancellationToken)
    {
        Detail = await mediator.Send(new GeefPlan.Query(Id), cancellationToken);
        Leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam);
        Teams = (await mediator.Send(new GeefTeams(), cancellationToken)).ToDictionary(t => t.Code, t => t.Naam);
        var eigen = actor.Huidig.Teams ?? [];
        EigenTeams = Detail.Rol == "beheren" ? Teams : Teams.Where(t => eigen.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value);
        // A refused form is drawn again with what is stored now, and the message above it names what changed: the user sees
        // it before he sends again.
        Versie = Detail.Versie;
        ModelState.Remove(nameof(Versie));
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

    private static DateOnly? Datum(string? waarde) =>
        DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;

    public sealed class DoelInvoer
    {
        public string? Leefgebied { get; set; }

        public string? Omschrijving { get; set; }

        public string? Zichtbaarheid { get; set; }

        public string? TeamCode { get; set; }
    }

    public sealed class ActieInvoer
    {
        public string? Omschrijving { get; set; }

        public Guid? DoelId { get; set; }

        public string? VerantwoordelijkeSoort { get; set; }

        public string? Verantwoordelijke { get; set; }

        public string? TeamCode { get; set; }

        public string? Organisatie { get; set; }

        public string? Telefoon { get; set; }

        public string? Deadline { get; set; }

        public string? Zichtbaarheid { get; set; }

        public string? AfspraakInhoud { get; set; }

        public string? AfspraakDuur { get; set; }

        public string? AfspraakKosten { get; set; }
    }

    public sealed class EvaluatieInvoer
    {
        public string? Notitie { get; set; }

        public Dictionary<string, string?> Scores { get; set; } = [];

        public string? Zichtbaarheid { get; set; }
    }

    public sealed class StatusInvoer
    {
        public Guid ActieId { get; set; }

        public int Versie { get; set; }

        public string? Status { get; set; }
    }

    public sealed class AkkoordInvoer
    {
        public string? Op { get; set; }

        public string? Wijze { get; set; }
    }
}
