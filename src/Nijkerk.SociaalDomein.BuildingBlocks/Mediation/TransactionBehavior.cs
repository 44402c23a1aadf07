using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// Wraps a command in one transaction of the module that owns it; the handler's writes and the events it
/// raises into the outbox commit together, or, when anything throws, not at all.
/// </summary>
public sealed class TransactionBehavior<TRequest, TResponse>(
    ModuleRegistry registry, CommandSession session, IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var module = registry.OwnerOf(typeof(TRequest));
        if (session.IsOpenFor(module.Schema))
        {
            return await next();
        }

        var db = services.GetServices<ModuleDb>().Single(d => d.Schema == module.Schema);
        await using var unit = await session.BeginAsync(db, cancellationToken);
        var response = await next();
        await CommandSession.CommitAsync(unit, cancellationToken);
        return response;
    }
}
