using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>One line of a plan's history: the plan version it made, when, who, which part and what.</summary>
internal sealed record PlanWijziging(int Versie, DateTimeOffset Op, string Door, string Onderdeel, Guid? OnderdeelId, string Omschrijving);

/// <summary>
/// Loads and saves a plan for the commands that change it, in their transaction: the row is locked, so two
/// professionals editing at once cannot both pass the version check; every change raises the version, notes the
/// activity (a plan with none for long stalls) and writes a line of history.
/// </summary>
internal static class PlanOpslag
{
    public const string NietGevonden = "Er is geen ondersteuningsplan met deze id.";

    private const string Laad = """
        select p.id as Id, p.huishouden_id as HuishoudenId, p.status as Status, p.regisseur_id as RegisseurId,
               p.regisseur_naam as RegisseurNaam, p.teams as Teams, p.versie as Versie,
               array(select distinct a.organisatie from regie.actie a where a.plan_id = p.id and a.organisatie is not null) as Organisaties,
               exists (select 1 from regie.escalatie e where e.plan_id = p.id) as Geescaleerd
        from regie.plan p where p.id = @Id
        """;

    private const string Bewaar = """
        update regie.plan set status = @Status, versie = @Versie, laatste_activiteit_op = @Op where id = @Id;
        insert into regie.plan_wijziging (id, plan_id, versie, op, door, door_naam, onderdeel, onderdeel_id, onderdeel_versie, omschrijving)
        values (@WijzigingId, @Id, @Versie, @Op, @Door, @DoorNaam, @Onderdeel, @OnderdeelId, @OnderdeelVersie, @Omschrijving);
        """;

    private const string SindsVersie = """
        select versie as Versie, op as Op, door_naam as Door, onderdeel as Onderdeel, onderdeel_id as OnderdeelId, omschrijving as Omschrijving
        from regie.plan_wijziging where plan_id = @Id and versie > @Versie order by versie
        """;

    private const string SindsOnderdeelVersie = """
        select versie as Versie, op as Op, door_naam as Door, onderdeel as Onderdeel, onderdeel_id as OnderdeelId, omschrijving as Omschrijving
        from regie.plan_wijziging where plan_id = @Id and onderdeel_id = @OnderdeelId and onderdeel_versie > @Versie order by versie
        """;

    /// <summary>
    /// The plan, locked for this transaction, with the actor's part in it. Who has no part gets 404, as if it did not
    /// exist: a member of another household, or a professional without a part, does not learn that it exists.
    /// </summary>
    public static async Task<(Plan Plan, PlanRol Rol)> LaadAsync(CommandSession session, Guid id, Actor actor)
    {
        var (plan, rol) = await LaadMetRolAsync(session, id, actor);
        return rol == PlanRol.Geen ? throw new NietGevondenException(NietGevonden) : (plan, rol);
    }

    /// <summary>
    /// The plan, locked, with the actor's part, <see cref="PlanRol.Geen"/> included: for the one command someone without a
    /// part may give (the loket escalates a plan it sees at first contact). 404 only when the plan does not exist.
    /// </summary>
    public static async Task<(Plan Plan, PlanRol Rol)> LaadMetRolAsync(CommandSession session, Guid id, Actor actor)
    {
        var rij = await session.QuerySingleOrDefaultAsync<Rij>(Laad + " for update of p", new { Id = id })
            ?? throw new NietGevondenException(NietGevonden);
        var plan = new Plan(rij.Id, rij.HuishoudenId, rij.Status, rij.RegisseurId, rij.RegisseurNaam, rij.Teams, rij.Versie);
        return (plan, PlanToegang.RolVan(actor, plan, rij.Organisaties, rij.Geescaleerd));
    }

    /// <summary>
    /// Refuses a change made on an older version than the stored one (412), naming who changed what since, so the
    /// professional sees why and what to look at again; never a silent overwrite.
    /// </summary>
    public static async Task ZelfdeVersieAsync(CommandSession session, Plan plan, int? gezieneVersie)
    {
        if (gezieneVersie is not { } gezien || gezien == plan.Versie)
        {
            return;
        }

        var sinds = (await session.Connection.QueryAsync<PlanWijziging>(SindsVersie, new { plan.Id, Versie = gezien }, session.Transaction)).ToList();
        var wie = string.Join("; ", sinds.Select(w => $"{w.Door}: {w.Omschrijving}"));
        throw new VerouderdeVersieException($"Dit plan is intussen gewijzigd ({wie}). Bekijk de wijzigingen en doe uw wijziging zo nodig opnieuw.")
        {
            Extra = new Dictionary<string, object?> { ["wijzigingen"] = sinds, ["versie"] = plan.Versie },
        };
    }

    /// <summary>
    /// The same for one part (a doel or actie) with a version of its own: colleagues editing other parts do not block the
    /// caller; a change to this part since the version he saw is refused (412) naming who changed it and how.
    /// </summary>
    public static async Task ZelfdeVersieVanOnderdeelAsync(CommandSession session, Plan plan, string onderdeel, Guid onderdeelId, int huidigeVersie, int gezieneVersie)
    {
        if (gezieneVersie == huidigeVersie)
        {
            return;
        }

        var sinds = (await session.Connection.QueryAsync<PlanWijziging>(
            SindsOnderdeelVersie, new { plan.Id, OnderdeelId = onderdeelId, Versie = gezieneVersie }, session.Transaction)).ToList();
        var wie = string.Join("; ", sinds.Select(w => $"{w.Door}: {w.Omschrijving}"));
        throw new VerouderdeVersieException($"Deze {onderdeel} is intussen gewijzigd ({wie}). Bekijk de wijziging en doe de uwe zo nodig opnieuw.")
        {
            Extra = new Dictionary<string, object?> { ["wijzigingen"] = sinds, ["versie"] = huidigeVersie },
        };
    }

    /// <summary>
    /// Saves a change: the new version and status, the activity, and the history line. <paramref name="omschrijving"/> names
    /// the kind of change ("Actie toegevoegd"), never its content: the history is shown to everyone in the plan, and a
    /// restricted part must not show through it.
    /// </summary>
    public static Task BewaarAsync(
        CommandSession session, Plan plan, Actor door, DateTimeOffset op, string onderdeel, Guid? onderdeelId, string omschrijving, int? onderdeelVersie = null)
    {
        plan.Gewijzigd();
        return session.ExecuteAsync(Bewaar, new
        {
            plan.Id, plan.Status, plan.Versie, Op = op, WijzigingId = Guid.CreateVersion7(), Door = door.Id,
            DoorNaam = door.Organisatie is { } organisatie ? $"{door.Naam} ({organisatie})" : door.Naam, Onderdeel = onderdeel,
            OnderdeelId = onderdeelId, OnderdeelVersie = onderdeelVersie, Omschrijving = omschrijving,
        });
    }

    private sealed record Rij(Guid Id, Guid HuishoudenId, string Status, string RegisseurId, string RegisseurNaam, string[] Teams, int Versie, string[] Organisaties, bool Geescaleerd);
}
