using System.Text.Json.Serialization;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// The answer to a change of a plan: the part it made or changed, the part's own version (If-Match for its next change)
/// and the plan's. The household's members are named to the audit log only.
/// </summary>
internal sealed record PlanGewijzigd(Guid PlanId, Guid? Id, int? Versie, int PlanVersie) : IBetreftPersonen
{
    [JsonIgnore]
    public IReadOnlyList<Guid> Leden { get; init; } = [];

    public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l);
}

/// <summary>
/// Who may change what in a plan (RegieRechten): the regisseur everything; a vakspecialist with a part in the plan acties
/// of his own team and evaluaties; nobody else. A change to a part the caller does not see is 404, as if it did not exist.
/// </summary>
internal static class PlanWijzigen
{
    public const string AlleenRegisseur = "Alleen de regisseur van dit plan kan dit wijzigen.";

    // The plan as a whole changed since the caller's version: agreed to, closed, or its household changed. New doelen, acties
    // and evaluaties by colleagues do not block an addition: they touch nothing the caller saw.
    private const string PlanGewijzigdSinds = """
        select versie as Versie, op as Op, door_naam as Door, onderdeel as Onderdeel, onderdeel_id as OnderdeelId, omschrijving as Omschrijving
        from regie.plan_wijziging where plan_id = @Id and versie > @Versie and onderdeel in ('plan', 'afsluiting', 'huishouden') order by versie
        """;

    public static bool IsRegisseur(Actor actor, PlanRol rol) => rol == PlanRol.Regisseur && actor.Mag(RegieRechten.PlannenBeheren);

    public static void MoetRegisseurZijn(Actor actor, PlanRol rol)
    {
        if (!IsRegisseur(actor, rol))
        {
            throw new GeenToegangException(AlleenRegisseur);
        }
    }

    /// <summary>The regisseur, or a vakspecialist with a part in the plan who may contribute.</summary>
    public static bool IsBijdrager(Actor actor, PlanRol rol) =>
        IsRegisseur(actor, rol) || (rol == PlanRol.Deelnemer && actor.Soort == ActorSoort.Medewerker && actor.Mag(RegieRechten.PlannenBijdragen));

    /// <summary>The caller's own team in the plan (a vakspecialist's), or null.</summary>
    public static string? EigenTeam(Actor actor, Plan plan) => (actor.Teams ?? []).FirstOrDefault(plan.Teams.Contains) ?? (actor.Teams is { Count: > 0 } teams ? teams[0] : null);

    /// <summary>
    /// An addition (a doel, actie, evaluatie) made on the plan version the caller saw: refused (412) only when the plan as
    /// a whole changed since, naming who changed what.
    /// </summary>
    public static async Task PlanZelfdeSindsAsync(CommandSession session, Plan plan, int gezien)
    {
        if (gezien > plan.Versie)
        {
            throw new VerouderdeVersieException($"Versie {gezien} van dit plan bestaat niet; de huidige versie is {plan.Versie}.")
            {
                Extra = new Dictionary<string, object?> { ["wijzigingen"] = Array.Empty<PlanWijziging>(), ["versie"] = plan.Versie },
            };
        }

        var sinds = (await session.Connection.QueryAsync<PlanWijziging>(PlanGewijzigdSinds, new { plan.Id, Versie = gezien }, session.Transaction)).ToList();
        if (sinds.Count > 0)
        {
            var wie = string.Join("; ", sinds.Select(w => $"{w.Door}: {w.Omschrijving}"));
            throw new VerouderdeVersieException($"Dit plan is intussen gewijzigd ({wie}). Bekijk het plan opnieuw en doe uw wijziging zo nodig opnieuw.")
            {
                Extra = new Dictionary<string, object?> { ["wijzigingen"] = sinds, ["versie"] = plan.Versie },
            };
        }
    }
}
