using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The desk changed an inwoner's data. Names which fields changed (e.g. <c>telefoon</c>, <c>adres</c>), never their
/// old or new values: a module that needs the data asks Intake for it, under its own purpose.
/// </summary>
public sealed record InwonerGewijzigd(Guid EventId, DateTimeOffset OccurredAt, Guid InwonerId, IReadOnlyList<string> GewijzigdeVelden) : IEvent;
