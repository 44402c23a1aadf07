using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.SociaalDomein.Vraagverheldering.Expertises;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

/// <summary>
/// The expertises needed, and enkelvoudig or meervoudig: the page proposes it from Overdracht's routing table (through
/// <see cref="StelSamenstellingVoor"/>) and the professional confirms it.
/// </summary>
public sealed partial class VraagverhelderingModel
{
    [BindProperty]
    public ExpertisesInvoer Expertises { get; set; } = new();

    internal IReadOnlyList<GeefExpertises.Expertise> Expertiselijst { get; private set; } = [];

    internal StelSamenstellingVoor.Voorstel? Voorstel { get; private set; }

    internal static IReadOnlyDictionary<string, string> Samenstellingen => Keuzes.Samenstellingen;

    public Task<IActionResult> OnPostExpertisesAsync(CancellationToken cancellationToken) =>
        VoerUitAsync("expertises",
            () => mediator.Send(new LegExpertisesVast.Command(
                Id, Versie, Expertises.Expertises, string.IsNullOrWhiteSpace(Expertises.Samenstelling) ? null : Expertises.Samenstelling), cancellationToken),
            "De expertises zijn vastgelegd.", "Expertises.", cancellationToken);

    /// <summary>Without JavaScript: the proposal for the expertises just ticked, without saving them.</summary>
    public async Task<IActionResult> OnPostVoorstelAsync(CancellationToken cancellationToken)
    {
        Gepost = "expertises";
        ModelState.Clear();
        Expertises.Samenstelling = null;
        await LaadAsync(cancellationToken);
        return Page();
    }

    internal string NaamVanExpertise(string code) => Expertiselijst.FirstOrDefault(e => e.Code == code)?.Naam ?? code;

    private void VulExpertises()
    {
        if (Gepost != "expertises")
        {
            // Not confirmed yet: start from what the rolgesprek asked of the gemeente.
            Expertises = new ExpertisesInvoer
            {
                Expertises = Detail.Expertises.Count > 0
                    ? [.. Detail.Expertises]
                    : [.. Detail.Hulpvragen.SelectMany(h => h.Expertises ?? []).Distinct()],
                Samenstelling = Detail.Samenstelling,
            };
        }
    }

    private async Task LaadVoorstelAsync(CancellationToken cancellationToken)
    {
        Voorstel = null;
        if (Expertises.Expertises.Count == 0)
        {
            return;
        }

        try
        {
            Voorstel = await mediator.Send(new StelSamenstellingVoor.Query(Expertises.Expertises), cancellationToken);
            Expertises.Samenstelling ??= Voorstel.Samenstelling;
        }
        catch (ValidationException)
        {
            // An unknown code among the ticked ones: the command says which, next to the field.
        }
    }

    public sealed class ExpertisesInvoer
    {
        public List<string> Expertises { get; set; } = [];

        public string? Samenstelling { get; set; }
    }
}
