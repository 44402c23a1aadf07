using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>The leefgebieden an aanmelding's onderwerpen are chosen from: Vraagverheldering's reference data.</summary>
internal static class Onderwerpen
{
    /// <summary>
    /// Asked as the system, in a scope of its own: reference data holds no personal data, and a partner's key that may
    /// only submit aanmeldingen must still have its onderwerpen checked.
    /// </summary>
    public static async Task<IReadOnlyList<Leefgebied>> LeefgebiedenAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GeefLeefgebieden(), cancellationToken);
    }
}
