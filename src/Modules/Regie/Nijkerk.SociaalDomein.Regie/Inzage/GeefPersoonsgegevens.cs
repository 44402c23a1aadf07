using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Inzage;

/// <summary>Regie's answer to an inzage: every column of its huishouden, regieverzoeken en ondersteuningsplannen of the inwoner.</summary>
internal sealed class GeefPersoonsgegevensHandler(ModuleDb<RegieModule> db) : IRequestHandler<GeefPersoonsgegevensVanRegie, PersoonsgegevensVanModule>
{
    // The plans of every household he was ever a member of, and the plans started from his regieverzoeken.
    private const string Plannen = """
        select p.id from regie.plan p join regie.huishouden_lid l on l.huishouden_id = p.huishouden_id where l.inwoner_id = any(@Ids)
        union select r.plan_id from regie.regieverzoek r where r.inwoner_id = any(@Ids) and r.plan_id is not null
        """;

    private static readonly Inzagebron[] Bronnen =
    [
        new("huishouden", "Lidmaatschap van een huishouden", "select * from regie.huishouden_lid where inwoner_id = any(@Ids) order by van, id"),
        new("regieverzoek", "Verzoek om regie", "select * from regie.regieverzoek where inwoner_id = any(@Ids) order by gevraagd_op, id"),
        new("plan", "Ondersteuningsplan", $"select t.* from regie.plan t where t.id in ({Plannen}) order by t.gestart_op, t.id"),
        new("score", "Score in het plan", $"select t.* from regie.plan_score t where t.plan_id in ({Plannen}) order by t.plan_id, t.leefgebied"),
        new("doel", "Doel", $"select t.* from regie.doel t where t.plan_id in ({Plannen}) order by t.aangemaakt_op, t.id"),
        new("actie", "Actie", $"select t.* from regie.actie t where t.plan_id in ({Plannen}) order by t.deadline, t.id"),
        new("evaluatie", "Evaluatie", $"select t.* from regie.evaluatie t where t.plan_id in ({Plannen}) order by t.op, t.id"),
        new("wijziging", "Wijziging van het plan", $"select t.* from regie.plan_wijziging t where t.plan_id in ({Plannen}) order by t.op, t.id"),
        new("escalatie", "Escalatie", $"select t.* from regie.escalatie t where t.plan_id in ({Plannen}) order by t.geescaleerd_op, t.id"),
        new("besluit", "Besluit over een escalatie", $"select t.* from regie.escalatie_besluit t join regie.escalatie e on e.id = t.escalatie_id where e.plan_id in ({Plannen}) order by t.op, t.id"),
        new("uitgave", "Uitgave van de ijsbreker", $"select t.* from regie.ijsbreker_uitgave t where t.plan_id in ({Plannen}) order by t.gedaan_op, t.id"),
    ];

    public async Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanRegie request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return new PersoonsgegevensVanModule(
            "Regie",
            "De regie: uw huishouden, uw ondersteuningsplan met doelen, acties en evaluaties, en escalaties.",
            await Inzagevelden.LeesAsync(connection, request.InwonerIds, Bronnen));
    }
}
