using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Inzage;

/// <summary>Vraagverheldering's answer to an inzage: every column of its gesprekken, scores per leefgebied en uitnodigingen of the inwoner.</summary>
internal sealed class GeefPersoonsgegevensHandler(ModuleDb<VraagverhelderingModule> db) : IRequestHandler<GeefPersoonsgegevensVanVraagverheldering, PersoonsgegevensVanModule>
{
    private const string VanVraagverheldering =
        "join vraagverheldering.vraagverheldering v on v.id = t.vraagverheldering_id where v.inwoner_id = any(@Ids) order by v.geopend_op, v.id";

    private static readonly Inzagebron[] Bronnen =
    [
        new("vraagverheldering", "Vraagverheldering", "select * from vraagverheldering.vraagverheldering where inwoner_id = any(@Ids) order by geopend_op, id"),
        new("score", "Score op een leefgebied", $"select t.* from vraagverheldering.score t {VanVraagverheldering}, t.leefgebied"),
        new("uitnodiging", "Verzonden uitnodiging", $"select t.* from vraagverheldering.uitnodiging_verzonden t {VanVraagverheldering}, t.verzonden_op"),
    ];

    public async Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanVraagverheldering request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return new PersoonsgegevensVanModule(
            "Vraagverheldering",
            "De vraagverheldering: de gesprekken over uw vraag, de scores per leefgebied, de afspraken en het advies.",
            await Inzagevelden.LeesAsync(connection, request.InwonerIds, Bronnen));
    }
}
