using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Monitoring.Herbouw;

/// <summary>
/// Hands one event to Monitoring's own handlers of its type, as the dispatcher would but without the inbox wrapper
/// (which opens a transaction of its own): every class in this assembly that implements
/// <see cref="INotificationHandler{TNotification}"/> for the type, found by reflection, so a handler added later is
/// replayed too. Made from the scope's services, so it writes through the rebuild's <c>CommandSession</c>.
/// </summary>
internal sealed class Herspeler(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Ontvanger>> PerSoort = new();

    /// <summary>The event types Monitoring handles: the rebuild says which of them no history brings.</summary>
    public static IReadOnlyList<Type> Soorten { get; } =
        [.. HandlerTypes().SelectMany(h => EventTypesOf(h)).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>The handlers of the event's type, by the name their inbox rows carry (the class name, as InboxHandler writes it).</summary>
    public static IReadOnlyList<Ontvanger> OntvangersVan(Type soort) =>
        PerSoort.GetOrAdd(soort, type =>
        [
            .. HandlerTypes()
                .Where(h => EventTypesOf(h).Contains(type))
                .OrderBy(h => h.Name, StringComparer.Ordinal)
                .Select(h => new Ontvanger(h.Name, ActivatorUtilities.CreateFactory(h, []), MaakAanroep(type))),
        ]);

    public async Task SpeelAsync(Ontvanger ontvanger, IEvent gebeurtenis, CancellationToken cancellationToken)
    {
        var handler = ontvanger.Maak(services, null);
        await ontvanger.Aanroep(handler, gebeurtenis, cancellationToken);
    }

    private static IEnumerable<Type> HandlerTypes() =>
        typeof(Herspeler).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && EventTypesOf(t).Any());

    private static IEnumerable<Type> EventTypesOf(Type handler) =>
        handler.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
            .Select(i => i.GenericTypeArguments[0])
            .Where(t => typeof(IEvent).IsAssignableFrom(t));

    // A typed call, not MethodInfo.Invoke: a handler's exception arrives as itself.
    private static Func<object, IEvent, CancellationToken, Task> MaakAanroep(Type soort) =>
        typeof(Herspeler).GetMethod(nameof(Handle), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(soort).CreateDelegate<Func<object, IEvent, CancellationToken, Task>>();

    private static Task Handle<T>(object handler, IEvent gebeurtenis, CancellationToken cancellationToken)
        where T : INotification =>
        ((INotificationHandler<T>)handler).Handle((T)gebeurtenis, cancellationToken);

    internal sealed record Ontvanger(string Naam, ObjectFactory Maak, Func<object, IEvent, CancellationToken, Task> Aanroep);
}
