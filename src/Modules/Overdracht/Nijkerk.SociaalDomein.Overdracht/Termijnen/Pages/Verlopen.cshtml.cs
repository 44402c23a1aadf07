using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen.Pages;

/// <summary>
/// The teamleider's view of his teams' verlopen overdrachten: what nobody accepted in time, the oldest first. He sees team,
/// expertises, term and delay, and opens no overdracht (he sees no person): he takes it up with his team.
/// </summary>
[Authorize(Policy = OverdrachtRechten.EscalatiesLezen)]
public sealed class VerlopenModel(IMediator mediator, TimeProvider clock) : PageModel
{
    internal GeefVerlopenOverdrachten.Lijst Lijst { get; private set; } = new([], []);

    internal DateTimeOffset Nu { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Nu = clock.GetUtcNow();
        Lijst = await mediator.Send(new GeefVerlopenOverdrachten.Query(), cancellationToken);
    }

    /// <summary>How long past its term, in the largest unit that says it: "3 dagen en 2 uur", "5 uur", "40 minuten".</summary>
    internal static string Over(TimeSpan duur) => duur switch
    {
        { TotalDays: >= 1 } => $"{Dagen((int)duur.TotalDays)}" + (duur.Hours > 0 ? $" en {duur.Hours} uur" : ""),
        { TotalHours: >= 1 } => $"{(int)duur.TotalHours} uur",
        _ => $"{Math.Max(1, (int)duur.TotalMinutes)} minuten",
    };

    private static string Dagen(int dagen) => dagen == 1 ? "1 dag" : $"{dagen} dagen";
}
