namespace Nijkerk.SociaalDomein.BuildingBlocks.Api;

/// <summary>
/// A body type that is not nested in its slice (it is shared, e.g. with the answer) and has no validator of its own:
/// the command whose validator checks its fields under their own names. The OpenAPI document then takes
/// <c>required</c>, enums and lengths from those rules, as it does for a slice's nested <c>Invoer</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GecontroleerdDoorAttribute(Type command) : Attribute
{
    public Type Command { get; } = command;
}
