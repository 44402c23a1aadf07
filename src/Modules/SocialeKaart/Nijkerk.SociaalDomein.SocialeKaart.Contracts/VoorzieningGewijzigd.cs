using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.SocialeKaart.Contracts;

/// <summary>
/// A voorziening on the sociale kaart was created, changed or archived (<paramref name="Gearchiveerd"/>), by beheer
/// or by an import. Modules that show or suggest voorzieningen refresh what they keep of it.
/// </summary>
public sealed record VoorzieningGewijzigd(Guid EventId, DateTimeOffset OccurredAt, Guid VoorzieningId, int Versie, bool Gearchiveerd) : IEvent;
