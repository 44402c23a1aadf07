using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>What part an actor has in a plan; <see cref="Geen"/> reads nothing of it (404, its existence stays hidden).</summary>
internal enum PlanRol
{
    Geen,
    Regisseur,
    Ijsbreker,
    Deelnemer,
}

/// <summary>
/// Who has a part in a plan, and what he sees of it ("dat, niet wat", domain.md, Regie): the regisseur everything; the
/// ijsbreker (who breaks through a stall), in a plan that was escalated, what the whole plan team sees; a vakspecialist of a team in the plan, or a
/// partner organisation named on an actie, what is marked for the whole plan plus what names his own team or
/// organisation. The ijsbreker has a part in every plan that was ever escalated (any ijsbreker: the next shift takes
/// over, and a second one approves spending over the balance), not in the others. Nobody else: a member of staff without a part, or a member of another household, gets 404.
/// </summary>
internal static class PlanToegang
{
    public static PlanRol RolVan(Actor actor, Plan plan, IReadOnlyCollection<string> organisatiesInPlan, bool geescaleerd)
    {
        if (actor.Soort == ActorSoort.Systeem || (actor.Soort == ActorSoort.Medewerker && actor.Id == plan.RegisseurId))
        {
            return PlanRol.Regisseur;
        }

        if (actor.Mag(RegieRechten.EscalatiesBehandelen) && geescaleerd)
        {
            return PlanRol.Ijsbreker;
        }

        if (actor.Organisatie is { } organisatie)
        {
            return organisatiesInPlan.Contains(organisatie) ? PlanRol.Deelnemer : PlanRol.Geen;
        }

        return (actor.Teams ?? []).Intersect(plan.Teams).Any() ? PlanRol.Deelnemer : PlanRol.Geen;
    }

    /// <summary>
    /// Whether the actor sees one doel, actie or evaluatie: one for the whole plan team everyone in the plan sees; a
    /// restricted one the regisseur and its verantwoordelijke (the team or organisation it names) only.
    /// </summary>
    public static bool Ziet(Actor actor, PlanRol rol, string zichtbaarheid, string? teamCode, string? organisatie) =>
        rol switch
        {
            PlanRol.Geen => false,
            PlanRol.Regisseur => true,
            _ when zichtbaarheid == Zichtbaarheden.Plan => true,
            _ => (teamCode is not null && (actor.Teams ?? []).Contains(teamCode)) || (organisatie is not null && actor.Organisatie == organisatie),
        };
}
