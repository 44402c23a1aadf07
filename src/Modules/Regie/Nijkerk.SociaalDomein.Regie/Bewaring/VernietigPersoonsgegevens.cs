using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Regie.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Bewaring;

/// <summary>
/// Vernietiging in Regie. A household whose members (present and former) are all among these inwoners goes whole: its
/// plans with everything under them (scores, doelen, acties, evaluaties, history, escalaties with their besluiten and
/// the ijsbreker's uitgaven), then the household. A household with another member keeps its plan, which is his too:
/// these inwoners lose their memberships and their regieverzoeken, and a plan started from such a regieverzoek loses the
/// hulpvragen it copied from it (anonymised). Free texts in a kept plan (a doel, an actie's verantwoordelijke) belong
/// to the household and cannot be told apart per member: they stay with the member who remains.
/// First the households and plans that go are fixed (the memberships they are found by are deleted later), then every
/// step runs in one round trip, children before parents, in the command's transaction.
/// </summary>
internal sealed class VernietigPersoonsgegevensHandler(CommandSession session) : IRequestHandler<VernietigPersoonsgegevensVanRegie, VernietigingVanModule>
{
    // Locks the households, so a member added at this moment waits for the vernietiging (and then finds no household).
    private const string TeVernietigen = """
        select h.id from regie.huishouden h
        where exists (select 1 from regie.huishouden_lid l where l.huishouden_id = h.id and l.inwoner_id = any(@Ids))
          and not exists (select 1 from regie.huishouden_lid l where l.huishouden_id = h.id and not l.inwoner_id = any(@Ids))
        order by h.id
        for update
        """;

    private const string Plannen = "select id from regie.plan where huishouden_id = any(@Huishoudens)";

    private const string Regieverzoeken = "select id from regie.regieverzoek where inwoner_id = any(@Ids)";

    private static readonly Vernietigingsstap[] Stappen =
    [
        new("besluit", $"delete from regie.escalatie_besluit where escalatie_id in (select id from regie.escalatie where plan_id in ({Plannen}))"),
        new("uitgave", $"delete from regie.ijsbreker_uitgave where plan_id in ({Plannen})"),
        new("escalatie", $"delete from regie.escalatie where plan_id in ({Plannen})"),
        new("wijziging", $"delete from regie.plan_wijziging where plan_id in ({Plannen})"),
        new("evaluatie", $"delete from regie.evaluatie where plan_id in ({Plannen})"),
        new("actie", $"delete from regie.actie where plan_id in ({Plannen})"),
        new("doel", $"delete from regie.doel where plan_id in ({Plannen})"),
        new("score", $"delete from regie.plan_score where plan_id in ({Plannen})"),
        new("plan", $"""
            update regie.plan set regieverzoek_id = null, hulpvragen = '[]'
            where regieverzoek_id in ({Regieverzoeken}) and not huishouden_id = any(@Huishoudens)
            """, Anonimiseert: true),
        new("plan", "delete from regie.plan where huishouden_id = any(@Huishoudens)"),
        new("regieverzoek", "delete from regie.regieverzoek where inwoner_id = any(@Ids)"),
        new("lidmaatschap", "delete from regie.huishouden_lid where inwoner_id = any(@Ids)"),
        new("huishouden", "delete from regie.huishouden where id = any(@Huishoudens)"),
    ];

    public async Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanRegie request, CancellationToken cancellationToken)
    {
        var ids = request.InwonerIds.Distinct().ToArray();
        var huishoudens = (await session.Connection.QueryAsync<Guid>(TeVernietigen, new { Ids = ids }, session.Transaction)).ToArray();
        return new VernietigingVanModule("Regie", await Vernietigingsstappen.VoerUitAsync(session, ids, Stappen, new { Huishoudens = huishoudens }));
    }
}
