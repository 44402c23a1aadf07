using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Verslagen.Pages;

/// <summary>The printable gespreksverslag the inwoner is given: the samenvatting, scores, who does what, the outcome.</summary>
[Authorize(Policy = VraagverhelderingRechten.Lezen)]
public sealed class GespreksverslagModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal GeefGespreksverslag.Verslag Verslag { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Verslag = await mediator.Send(new GeefGespreksverslag.Query(Id), cancellationToken);

    /// <summary>A score with its label ("2: Niet zelfredzaam"), "Niet besproken" or "Nog niet ingevuld".</summary>
    internal string Cijfer(GeefVraagverheldering.LeefgebiedScore leefgebied) => leefgebied switch
    {
        { Score: { } score } => $"{score}: {Verslag.Vraagverheldering.Methode.Schaal.FirstOrDefault(s => s.Waarde == score)?.Label}",
        { NietBesproken: true } => "Niet besproken",
        _ => "Nog niet ingevuld",
    };

    internal string Expertise(string code) => Verslag.ExpertiseNamen.TryGetValue(code, out var naam) ? naam : code;
}
