namespace Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

/// <summary>
/// The right a request needs, declared on the request type and checked by the pipeline before anything else,
/// so a page, an endpoint and a test all meet the same check. Every request declares one (architecture test).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class VereistAttribute(string recht) : Attribute
{
    public string Recht { get; } = recht;
}
