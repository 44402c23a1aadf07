using MediatR;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Events;

/// <summary>
/// A receiving handler that reads ahead for a run of its events what it would otherwise read per event (ADR 0024): when
/// the dispatcher hands the handler a run, it calls this once with the run's events of this type, in the run's unit,
/// before it hands them over one by one. Only a read ahead: a delivery alone does not call it, so the handler must still
/// find per event what was not read ahead.
/// </summary>
public interface IReeksVoorbereiding<in T>
    where T : INotification
{
    Task BereidVoorAsync(IReadOnlyList<T> events, CancellationToken cancellationToken);
}
