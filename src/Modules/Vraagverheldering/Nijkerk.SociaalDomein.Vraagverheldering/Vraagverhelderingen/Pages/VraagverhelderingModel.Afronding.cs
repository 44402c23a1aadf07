using Microsoft.AspNetCore.Mvc;
using Nijkerk.SociaalDomein.Vraagverheldering.Afronding;
using Nijkerk.SociaalDomein.Vraagverheldering.Samenvattingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

/// <summary>The samenvatting (the draft from what was recorded, edited by the professional) and the afronding with one uitkomst.</summary>
public sealed partial class VraagverhelderingModel
{
    [BindProperty]
    public SamenvattingInvoer Samenvatting { get; set; } = new();

    [BindProperty]
    public AfrondingInvoer Afronding { get; set; } = new();

    internal static IReadOnlyDictionary<string, string> Uitkomsten => Keuzes.Uitkomsten;

    internal static IReadOnlyDictionary<string, string> RedenenGeenRol => Keuzes.RedenenGeenRol;

    internal static IReadOnlyDictionary<string, string> RedenenZonderResultaat => Keuzes.RedenenZonderResultaat;

    public Task<IActionResult> OnPostSamenvattingAsync(CancellationToken cancellationToken) =>
        VoerUitAsync("samenvatting", () => mediator.Send(new StelSamenvattingVast.Command(Id, Versie, Samenvatting.Tekst), cancellationToken),
            "De samenvatting is vastgelegd.", "Samenvatting.", cancellationToken);

    public Task<IActionResult> OnPostAfrondingAsync(CancellationToken cancellationToken)
    {
        // The reden belongs to the uitkomst chosen; the form asks for each in its own group.
        var reden = Afronding.Uitkomst switch
        {
            Keuzes.GeenRol => Afronding.RedenGeenRol,
            Keuzes.ZonderResultaat => Afronding.RedenZonderResultaat,
            _ => null,
        };
        return VoerUitAsync("afronding",
            () => mediator.Send(new RondVraagverhelderingAf.Command(Id, Afronding.Uitkomst, string.IsNullOrWhiteSpace(reden) ? null : reden,
                Afronding.Toelichting, null), cancellationToken),
            "De vraagverheldering is afgerond.", "Afronding.", cancellationToken);
    }

    private void VulSamenvatting()
    {
        if (Gepost != "samenvatting")
        {
            Samenvatting = new SamenvattingInvoer { Tekst = Detail.Samenvatting ?? Detail.ConceptSamenvatting };
        }
    }

    public sealed class SamenvattingInvoer
    {
        public string? Tekst { get; set; }
    }

    public sealed class AfrondingInvoer
    {
        public string? Uitkomst { get; set; }

        public string? RedenGeenRol { get; set; }

        public string? RedenZonderResultaat { get; set; }

        public string? Toelichting { get; set; }
    }
}
