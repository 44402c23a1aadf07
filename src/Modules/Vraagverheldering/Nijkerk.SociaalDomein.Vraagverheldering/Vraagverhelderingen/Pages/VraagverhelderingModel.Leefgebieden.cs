using Microsoft.AspNetCore.Mvc;
using Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

/// <summary>
/// The leefgebieden: one small form per leefgebied, each saved on its own, so what was typed for one is never lost
/// with another's; with htmx only that leefgebied is swapped.
/// </summary>
public sealed partial class VraagverhelderingModel
{
    internal const string NietBesproken = "niet-besproken";

    /// <summary>Per leefgebied code what its form shows; a post sends only its own leefgebied.</summary>
    [BindProperty]
    public Dictionary<string, ScoreInvoer> Scores { get; set; } = [];

    public Task<IActionResult> OnPostScoreAsync(string code, CancellationToken cancellationToken)
    {
        var invoer = Scores.GetValueOrDefault(code) ?? new ScoreInvoer();
        var nietBesproken = invoer.Score == NietBesproken;
        int? score = int.TryParse(invoer.Score, out var waarde) ? waarde : null;
        return VoerUitAsync(
            "score-" + code,
            () => mediator.Send(new ScoorLeefgebied.Command(Id, code, Versie, score, invoer.Toelichting, nietBesproken), cancellationToken),
            $"{Detail?.Leefgebieden.FirstOrDefault(l => l.Code == code)?.Naam ?? "Het leefgebied"} is vastgelegd.",
            $"Scores[{code}].",
            cancellationToken);
    }

    private void VulScores()
    {
        foreach (var leefgebied in Detail.Leefgebieden)
        {
            if (Gepost == "score-" + leefgebied.Code && Scores.ContainsKey(leefgebied.Code))
            {
                continue;
            }

            Scores[leefgebied.Code] = new ScoreInvoer
            {
                Score = leefgebied.NietBesproken ? NietBesproken : leefgebied.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Toelichting = leefgebied.Toelichting,
            };
        }
    }

    /// <summary>The ids of every form's version field: after an htmx save of one leefgebied they take the new version.</summary>
    internal string VersieVelden =>
        string.Join(',', new[] { "#versie-gesprek", "#versie-methode", "#versie-rolgesprek", "#versie-expertises", "#versie-samenvatting", "#scoregrafiek" }
            .Concat(Detail.Leefgebieden.Select(l => $"#versie-score-{l.Code}")));

    public sealed class ScoreInvoer
    {
        /// <summary>A value of the method's scale, or "niet-besproken".</summary>
        public string? Score { get; set; }

        public string? Toelichting { get; set; }
    }
}
