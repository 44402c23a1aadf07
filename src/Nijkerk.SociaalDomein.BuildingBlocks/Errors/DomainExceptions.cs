using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Errors;

/// <summary>What was asked for does not exist, or the caller may not know it exists (404).</summary>
public sealed class NietGevondenException(string detail) : Exception(detail)
{
    /// <summary>Extra members of the problem, e.g. the record a merged one lives on in; never personal data.</summary>
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }
}

/// <summary>The request conflicts with the current state, e.g. a duplicate (409).</summary>
public sealed class ConflictException(string detail, string? bestaandeId = null) : Exception(detail), IBetreftPersonen
{
    public string? BestaandeId { get; } = bestaandeId;

    /// <summary>The persons this refusal names (e.g. look-alike inwoners), so the audit records the disclosure.</summary>
    public IReadOnlyList<Guid> OnthuldePersonen { get; init; } = [];

    /// <summary>Extra members of the problem, e.g. look-alike records to choose from; never a BSN.</summary>
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }

    /// <summary>An existing record named by id discloses that person only when it is an inwoner, so the thrower says which.</summary>
    public bool BestaandeIsPersoon { get; init; }

    public IEnumerable<Guid?> BetrokkenPersonen() =>
        [.. OnthuldePersonen.Select(p => (Guid?)p), .. BestaandeIsPersoon && Guid.TryParse(BestaandeId, out var id) ? [id] : Array.Empty<Guid?>()];
}

/// <summary>A domain rule refused the request, e.g. an aanmelding that was already doorgezet (422).</summary>
public sealed class RegelOvertredenException(string detail) : Exception(detail);

/// <summary>The caller edited an older version than the stored one: someone changed it meanwhile (412).</summary>
public sealed class VerouderdeVersieException(string detail) : Exception(detail)
{
    /// <summary>Extra members of the problem, e.g. who changed what since the caller's version; never personal data of an inwoner.</summary>
    public IReadOnlyDictionary<string, object?>? Extra { get; init; }
}

/// <summary>An edit that does not say which version it edits: no or an unreadable <c>If-Match</c> (428).</summary>
public sealed class VersieOntbreektException(string detail) : Exception(detail);
