using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang.Inzage;

/// <summary>The host's access part holds staff accounts and API keys, never an inwoner: nothing of a dossier to keep.</summary>
[Vereist(Rechten.BewaringBeheren)]
[GeenPersoonsgegevens]
internal sealed record GeefBewaarstandVanToegang(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>The host's access part holds nothing of an inwoner: nothing to destroy.</summary>
[Vereist(Rechten.BewaringBeheren)]
[GeenPersoonsgegevens]
internal sealed record VernietigPersoonsgegevensVanToegang(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);

internal sealed class BewaringVanToegangHandler :
    MediatR.IRequestHandler<GeefBewaarstandVanToegang, BewaarstandVanModule>,
    MediatR.IRequestHandler<VernietigPersoonsgegevensVanToegang, VernietigingVanModule>
{
    public Task<BewaarstandVanModule> Handle(GeefBewaarstandVanToegang request, CancellationToken cancellationToken) =>
        Task.FromResult(new BewaarstandVanModule("Toegang", []));

    public Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanToegang request, CancellationToken cancellationToken) =>
        Task.FromResult(new VernietigingVanModule("Toegang", []));
}
