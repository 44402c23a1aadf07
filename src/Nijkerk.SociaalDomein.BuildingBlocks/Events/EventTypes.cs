using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>The event types the Contracts assemblies declare, by the name stored in the outbox.</summary>
public sealed class EventTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Type> byName;

    public EventTypes(ModuleRegistry registry) =>
        byName = registry.Modules
            .SelectMany(ModuleRegistry.AssembliesOf)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEvent).IsAssignableFrom(t))
            .ToDictionary(NameOf);

    public static string NameOf(Type type) => type.FullName!;

    /// <summary>
    /// False for a type this host does not know: a newer host wrote it during a rolling deploy. Such an event
    /// waits for a host that knows it; it is not an error.
    /// </summary>
    public bool TryResolve(string name, [NotNullWhen(true)] out Type? type) => byName.TryGetValue(name, out type);

    public IEvent Deserialize(string name, string payload) =>
        byName.TryGetValue(name, out var type)
            ? (IEvent)JsonSerializer.Deserialize(payload, type, Json)!
            : throw new InvalidOperationException($"Unknown event type {name}.");
}
