using MediatR;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// A request that changes state. The pipeline opens a transaction in the owning module's schema for it
/// (the building blocks' CommandSession); queries get none and read through their own connection.
/// </summary>
public interface ICommand<out TResult> : IRequest<TResult>;
