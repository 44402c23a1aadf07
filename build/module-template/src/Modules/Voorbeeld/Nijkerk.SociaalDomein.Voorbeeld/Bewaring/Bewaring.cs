using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.Voorbeeld.Contracts;

namespace Nijkerk.SociaalDomein.Voorbeeld.Bewaring;

/// <summary>
/// Voorbeeld's parts of a dossier: none yet. Once it holds data of inwoners, answer one <see cref="Bewaardeel"/> per part
/// (its <see cref="Bewaarcategorieen">category</see>, and when it closed or null while open) from its own tables, as
/// Intake's Bewaring/GeefBewaarstand.cs does.
/// </summary>
internal sealed class GeefBewaarstandHandler : IRequestHandler<GeefBewaarstandVanVoorbeeld, BewaarstandVanModule>
{
    public Task<BewaarstandVanModule> Handle(GeefBewaarstandVanVoorbeeld request, CancellationToken cancellationToken) =>
        Task.FromResult(new BewaarstandVanModule("Voorbeeld", []));
}

/// <summary>
/// Vernietiging in Voorbeeld: nothing yet. Once it holds data of inwoners, make this a handler over CommandSession that
/// deletes every table its inzage reads, children first (Vernietigingsstappen.VoerUitAsync), as Intake's does.
/// </summary>
internal sealed class VernietigPersoonsgegevensHandler : IRequestHandler<VernietigPersoonsgegevensVanVoorbeeld, VernietigingVanModule>
{
    public Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanVoorbeeld request, CancellationToken cancellationToken) =>
        Task.FromResult(new VernietigingVanModule("Voorbeeld", []));
}
