using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang.Inzage;

/// <summary>The host's access part holds staff accounts and API keys, never an inwoner: its part of an inzage says so.</summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[GeenPersoonsgegevens]
internal sealed record GeefPersoonsgegevensVanToegang(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);

internal sealed class GeefPersoonsgegevensHandler : IRequestHandler<GeefPersoonsgegevensVanToegang, PersoonsgegevensVanModule>
{
    public Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanToegang request, CancellationToken cancellationToken) =>
        Task.FromResult(new PersoonsgegevensVanModule(
            "Toegang",
            "Hier staan alleen de accounts van medewerkers en de sleutels van gekoppelde systemen. Gegevens van inwoners staan hier niet.",
            []));
}
