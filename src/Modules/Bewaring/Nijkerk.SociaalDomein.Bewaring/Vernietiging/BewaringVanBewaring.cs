using MediatR;
using Nijkerk.SociaalDomein.Bewaring.Contracts;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Bewaring.Vernietiging;

/// <summary>Bewaring's own answers: no parts of a dossier; vernietiging removes the ids a list kept of these inwoners.</summary>
internal sealed class BewaringVanBewaringHandler(CommandSession session) :
    IRequestHandler<GeefBewaarstandVanBewaring, BewaarstandVanModule>,
    IRequestHandler<VernietigPersoonsgegevensVanBewaring, VernietigingVanModule>
{
    public Task<BewaarstandVanModule> Handle(GeefBewaarstandVanBewaring request, CancellationToken cancellationToken) =>
        Task.FromResult(new BewaarstandVanModule("Bewaring", []));

    public async Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanBewaring request, CancellationToken cancellationToken)
    {
        var weg = await session.ExecuteAsync("delete from bewaring.lijst_dossier where inwoner_id = any(@Ids)", new { Ids = request.InwonerIds.ToArray() });
        return new VernietigingVanModule("Bewaring", weg > 0 ? [new VernietigdAantal("verwijzing op vernietigingslijst", weg, 0)] : []);
    }
}
