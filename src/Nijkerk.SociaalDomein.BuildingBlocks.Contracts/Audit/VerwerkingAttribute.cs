namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>
/// Declares that a request reads or writes personal data: what it does, in words an inhabitant understands, and
/// for which purpose (doelbinding). The pipeline records it for every person involved (see
/// <see cref="IBetreftPersonen"/>). A request without personal data says so with <see cref="GeenPersoonsgegevensAttribute"/>;
/// every request says one or the other (architecture test).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class VerwerkingAttribute(string omschrijving, string doel) : Attribute
{
    public string Omschrijving { get; } = omschrijving;

    public string Doel { get; } = doel;

    /// <summary>The request's result (a Guid) is the person, e.g. a newly registered inwoner.</summary>
    public bool ResultaatIsPersoon { get; init; }
}

/// <summary>Declares that a request touches no personal data, so there is nothing to record.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GeenPersoonsgegevensAttribute : Attribute;

/// <summary>A request or result that names the persons (inwoner ids) it is about; null for an unknown person.</summary>
public interface IBetreftPersonen
{
    IEnumerable<Guid?> BetrokkenPersonen();
}

/// <summary>
/// A request about one person that names him by property: the form for requests declared in Contracts, which
/// hold records without methods of their own.
/// </summary>
public interface IBetreftPersoon
{
    Guid InwonerId { get; }
}
