using System.Reflection;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>Refuses a request whose declared right the actor lacks, before it is validated or handled.</summary>
public sealed class AutorisatieBehavior<TRequest, TResponse>(ActorContext actor) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string? Recht = typeof(TRequest).GetCustomAttribute<VereistAttribute>()?.Recht;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Recht is null)
        {
            throw new InvalidOperationException($"{typeof(TRequest).FullName} declares no [Vereist] right.");
        }

        return actor.Huidig.Mag(Recht)
            ? next()
            : throw new GeenToegangException("U heeft geen recht op deze handeling.");
    }
}
