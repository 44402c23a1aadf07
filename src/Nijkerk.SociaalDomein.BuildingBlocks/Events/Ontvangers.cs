using System.Reflection;
using System.Collections.Concurrent;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// The receiving handlers of an event type, resolved from the container as MediatR would, but each by itself:
/// <c>IMediator.Publish</c> calls them one after another and stops at the first exception, so the dispatcher
/// delivers to each handler on its own. A handler is named by its class, the one inside the inbox wrapper.
/// </summary>
public sealed class Ontvangers(IServiceScopeFactory scopes)
{
    // Made once per event type, not on every delivery.
    private static readonly ConcurrentDictionary<Type, Func<object, IEvent, CancellationToken, Task>> Aanroepen = new();

    // INotificationHandler<T> closed once per event type, not on every delivery.
    private static readonly ConcurrentDictionary<Type, Type> Diensten = new();

    private readonly ConcurrentDictionary<Type, IReadOnlyList<string>> names = new();

    /// <summary>The names of the handlers of <paramref name="eventType"/> in this host (fixed once it is built).</summary>
    public IReadOnlyList<string> NamenVan(Type eventType) =>
        names.GetOrAdd(eventType, type =>
        {
            using var scope = scopes.CreateScope();
            return [.. Resolve(scope.ServiceProvider, type).Select(NaamVan).Distinct()];
        });

    /// <summary>The handler named <paramref name="handler"/>, resolved in <paramref name="scope"/>; null when this host has none.</summary>
    public static Func<IEvent, CancellationToken, Task>? Vind(IServiceProvider scope, Type eventType, string handler) =>
        VindInstantie(scope, eventType, handler) is { } found ? Aanroep(found, eventType) : null;

    /// <summary>The handler object itself (the inbox wrapper, usually): the dispatcher asks whether it can take a run of events.</summary>
    internal static object? VindInstantie(IServiceProvider scope, Type eventType, string handler)
    {
        foreach (var candidate in Resolve(scope, eventType))
        {
            if (candidate is not null && NaamVan(candidate) == handler)
            {
                return candidate;
            }
        }

        return null;
    }

    internal static Func<IEvent, CancellationToken, Task> Aanroep(object found, Type eventType)
    {
        var handle = Aanroepen.GetOrAdd(eventType, type => typeof(Ontvangers).GetMethod(nameof(Handle), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).CreateDelegate<Func<object, IEvent, CancellationToken, Task>>());
        return (@event, cancellationToken) => handle(found, @event, cancellationToken);
    }

    public static string NaamVan(object handler) => (handler is IInboxHandler inbox ? inbox.Inner : handler.GetType()).FullName!;

    // A typed call, not MethodInfo.Invoke: a handler's exception arrives as itself, not wrapped.
    private static Task Handle<T>(object handler, IEvent @event, CancellationToken cancellationToken)
        where T : INotification =>
        ((INotificationHandler<T>)handler).Handle((T)@event, cancellationToken);

    private static IEnumerable<object> Resolve(IServiceProvider scope, Type eventType) =>
        scope.GetServices(Diensten.GetOrAdd(eventType, type => typeof(INotificationHandler<>).MakeGenericType(type))).OfType<object>();
}
