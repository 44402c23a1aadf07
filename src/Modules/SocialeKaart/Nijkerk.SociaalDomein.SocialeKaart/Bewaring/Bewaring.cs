using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Bewaring;

/// <summary>
/// The sociale kaart holds no part of a dossier: organisations, voorzieningen and opening hours only (a pointer to a
/// voorziening is kept, without a person, by Intake). Nothing to keep, nothing to destroy.
/// </summary>
internal sealed class GeefBewaarstandHandler : IRequestHandler<GeefBewaarstandVanSocialeKaart, BewaarstandVanModule>
{
    public Task<BewaarstandVanModule> Handle(GeefBewaarstandVanSocialeKaart request, CancellationToken cancellationToken) =>
        Task.FromResult(new BewaarstandVanModule("SocialeKaart", []));
}

/// <summary>Vernietiging in the sociale kaart: nothing of inwoners is held, so nothing goes (and the answer says so).</summary>
internal sealed class VernietigPersoonsgegevensHandler : IRequestHandler<VernietigPersoonsgegevensVanSocialeKaart, VernietigingVanModule>
{
    public Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanSocialeKaart request, CancellationToken cancellationToken) =>
        Task.FromResult(new VernietigingVanModule("SocialeKaart", []));
}
