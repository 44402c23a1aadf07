using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>
/// An escalation and its plan, both locked for the ijsbreker's command: what he decides or spends is written in the
/// plan's history (kind of change only) through <see cref="PlanOpslag"/>.
/// </summary>
internal static class EscalatieOpslag
{
    public const string NietGevonden = "Er is geen escalatie met deze id.";

    public sealed record Geladen(Guid Id, Guid PlanId, string Status)
    {
        public bool IsOpen => Status == Escalatiecodes.Open;

        public void MoetOpenZijn()
        {
            if (!IsOpen)
            {
                throw new ConflictException("Deze escalatie is afgehandeld; open zo nodig een nieuwe escalatie vanuit het plan.");
            }
        }
    }

    public static async Task<(Geladen Escalatie, Plan Plan)> LaadAsync(CommandSession session, Guid id, Actor actor)
    {
        var planId = await session.QuerySingleOrDefaultAsync<Guid?>("select plan_id from regie.escalatie where id = @Id", new { Id = id })
            ?? throw new NietGevondenException(NietGevonden);
        var (plan, _) = await PlanOpslag.LaadAsync(session, planId, actor);
        var escalatie = await session.QuerySingleOrDefaultAsync<Geladen>(
            "select id as Id, plan_id as PlanId, status as Status from regie.escalatie where id = @Id for update", new { Id = id });
        return (escalatie!, plan);
    }
}
