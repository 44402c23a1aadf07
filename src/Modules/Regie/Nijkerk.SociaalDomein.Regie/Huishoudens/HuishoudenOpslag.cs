using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Huishoudens;

/// <summary>
/// The household an inwoner belongs to now, its current members, a new household of one, and replacing the members of
/// a household: who leaves gets an end date (the history stays), who comes from another household is moved (his old
/// membership ends, the new one starts), and a household with a running plan keeps at least one member. A change that
/// concerns a running plan is a line in the plan's history, naming the kind of change only.
/// </summary>
internal static class HuishoudenOpslag
{
    public const string Overig = "overig";

    public const string NietGevonden = "Er is geen huishouden met deze id.";

    public const int MaximumLeden = 20;

    /// <summary>How a member relates to the household.</summary>
    public static readonly IReadOnlyDictionary<string, string> Relaties = new Dictionary<string, string>
    {
        ["ouder"] = "Ouder",
        ["kind"] = "Kind",
        ["partner"] = "Partner",
        [Overig] = "Overig",
    };

    private const string VanInwoner = "select huishouden_id from regie.huishouden_lid where inwoner_id = @InwonerId and tot is null";

    private const string Leden = "select inwoner_id from regie.huishouden_lid where huishouden_id = @HuishoudenId and tot is null order by van, inwoner_id";

    private const string Maak = """
        insert into regie.huishouden (id, aangemaakt_op, aangemaakt_door) values (@Id, @Nu, @Door);
        insert into regie.huishouden_lid (id, huishouden_id, inwoner_id, relatie, contactpersoon, van)
        values (@LidId, @Id, @InwonerId, @Relatie, true, @Nu);
        """;

    // Version 0 until its members are set: setting them makes version 1.
    private const string MaakLeeg = "insert into regie.huishouden (id, aangemaakt_op, aangemaakt_door, versie) values (@Id, @Nu, @Door, 0)";

    private const string Vergrendel = "select versie from regie.huishouden where id = @Id for update";

    private const string HuidigeLeden = """
        select id as Id, huishouden_id as HuishoudenId, inwoner_id as InwonerId, relatie as Relatie, contactpersoon as Contactpersoon
        from regie.huishouden_lid where huishouden_id = @Id and tot is null
        for update
        """;

    private const string Elders = """
        select id as Id, huishouden_id as HuishoudenId, inwoner_id as InwonerId, relatie as Relatie, contactpersoon as Contactpersoon
        from regie.huishouden_lid where inwoner_id = any(@Ids) and tot is null and huishouden_id <> @Id
        order by huishouden_id
        for update
        """;

    private const string AantalOver = "select count(*)::int from regie.huishouden_lid where huishouden_id = @Id and tot is null and not (id = any(@Weg))";

    private const string OpenPlan = """
        select id as Id, huishouden_id as HuishoudenId, status as Status, regisseur_id as RegisseurId, regisseur_naam as RegisseurNaam,
               teams as Teams, versie as Versie
        from regie.plan where huishouden_id = @Id and status = 'lopend'
        for update
        """;

    // Ended first, then the contact person is taken away where he changes, then set: the database holds one current
    // membership per inwoner and one contact person per household at every statement.
    private const string Beeindig = "update regie.huishouden_lid set tot = greatest(@Nu, van) where id = any(@Ids)";

    private const string GeenContact = "update regie.huishouden_lid set contactpersoon = false where id = any(@Ids)";

    private const string Wijzig = "update regie.huishouden_lid set relatie = @Relatie, contactpersoon = @Contactpersoon where id = @Id";

    private const string VoegToe = """
        insert into regie.huishouden_lid (id, huishouden_id, inwoner_id, relatie, contactpersoon, van)
        values (@LidId, @HuishoudenId, @InwonerId, @Relatie, @Contactpersoon, @Nu)
        """;

    private const string Verhoog = "update regie.huishouden set versie = versie + 1 where id = any(@Ids)";

    public static Task<Guid?> VanInwonerAsync(CommandSession session, Guid inwonerId) =>
        session.QuerySingleOrDefaultAsync<Guid?>(VanInwoner, new { InwonerId = inwonerId });

    public static async Task<IReadOnlyList<Guid>> LedenAsync(CommandSession session, Guid huishoudenId) =>
        [.. await session.Connection.QueryAsync<Guid>(Leden, new { HuishoudenId = huishoudenId }, session.Transaction)];

    /// <summary>
    /// A household of the one inwoner, who is its contact person: where a plan starts for someone not yet in a household.
    /// The regisseur adds the other members afterwards.
    /// </summary>
    public static async Task<Guid> MaakVoorAsync(CommandSession session, Guid inwonerId, Actor door, DateTimeOffset nu)
    {
        var id = Guid.CreateVersion7();
        await session.ExecuteAsync(Maak, new { Id = id, Nu = nu, Door = door.Id, LidId = Guid.CreateVersion7(), InwonerId = inwonerId, Relatie = Overig });
        return id;
    }

    /// <summary>A new household without members yet, locked by this transaction: <see cref="ZetLedenAsync"/> fills it.</summary>
    public static async Task<Guid> MaakLeegAsync(CommandSession session, Actor door, DateTimeOffset nu)
    {
        var id = Guid.CreateVersion7();
        await session.ExecuteAsync(MaakLeeg, new { Id = id, Nu = nu, Door = door.Id });
        return id;
    }

    /// <summary>The household's version, its row locked for this transaction; 404 when there is none.</summary>
    public static async Task<int> VergrendelAsync(CommandSession session, Guid id) =>
        await session.QuerySingleOrDefaultAsync<int?>(Vergrendel, new { Id = id }) ?? throw new NietGevondenException(NietGevonden);

    /// <summary>
    /// Replaces the current members of the (locked) household by <paramref name="gewenst"/>. Who is no longer named leaves
    /// (his membership gets an end date); who is in another household now moves (that membership ends, a new one starts
    /// here); a member who stays keeps his membership, with the relation and contact person as given. Refused (422) when
    /// it would leave a household with a running plan without members. Raises the version of every household it changes
    /// and writes a line in the history of each running plan it concerns.
    /// </summary>
    public static async Task<Ledenwijziging> ZetLedenAsync(
        CommandSession session, Guid huishoudenId, IReadOnlyList<HuishoudenLid> gewenst, Actor door, DateTimeOffset nu)
    {
        var huidig = (await session.Connection.QueryAsync<LidRij>(HuidigeLeden, new { Id = huishoudenId }, session.Transaction)).ToList();
        var ids = gewenst.Select(l => l.InwonerId!.Value).ToArray();
        var elders = (await session.Connection.QueryAsync<LidRij>(Elders, new { Ids = ids, Id = huishoudenId }, session.Transaction)).ToList();
        var plan = await session.QuerySingleOrDefaultAsync<PlanRij>(OpenPlan, new { Id = huishoudenId });
        if (gewenst.Count == 0 && plan is not null)
        {
            throw new RegelOvertredenException(
                "Dit huishouden heeft een lopend ondersteuningsplan en houdt daarom ten minste één lid. Sluit eerst het plan af, of laat een lid staan.");
        }

        // The households members move out of: locked, and none with a running plan may be left empty.
        var andere = new Dictionary<Guid, PlanRij?>();
        foreach (var groep in elders.GroupBy(l => l.HuishoudenId))
        {
            await VergrendelAsync(session, groep.Key);
            var anderPlan = await session.QuerySingleOrDefaultAsync<PlanRij>(OpenPlan, new { Id = groep.Key });
            var over = await session.QuerySingleOrDefaultAsync<int>(AantalOver, new { Id = groep.Key, Weg = groep.Select(l => l.Id).ToArray() });
            if (anderPlan is not null && over == 0)
            {
                throw new RegelOvertredenException(
                    "Deze inwoner is het laatste lid van een ander huishouden met een lopend ondersteuningsplan; daar moet ten minste één lid " +
                    "blijven. Voeg eerst een ander lid aan dat huishouden toe, of sluit dat plan af.");
            }

            andere[groep.Key] = anderPlan;
        }

        var perInwoner = huidig.ToDictionary(l => l.InwonerId);
        var vertrokken = huidig.Where(l => !ids.Contains(l.InwonerId)).ToList();
        var blijvers = gewenst.Where(l => perInwoner.ContainsKey(l.InwonerId!.Value)).ToList();
        var nieuw = gewenst.Where(l => !perInwoner.ContainsKey(l.InwonerId!.Value)).ToList();
        var gewijzigd = blijvers
            .Where(l => perInwoner[l.InwonerId!.Value] is var oud && (oud.Relatie != l.Relatie || oud.Contactpersoon != (l.Contactpersoon == true)))
            .ToList();

        await session.ExecuteAsync(Beeindig, new { Ids = vertrokken.Concat(elders).Select(l => l.Id).ToArray(), Nu = nu });
        await session.ExecuteAsync(GeenContact, new { Ids = gewijzigd.Select(l => perInwoner[l.InwonerId!.Value]).Where(l => l.Contactpersoon).Select(l => l.Id).ToArray() });
        foreach (var lid in gewijzigd.OrderBy(l => l.Contactpersoon == true))
        {
            await session.ExecuteAsync(Wijzig, new { perInwoner[lid.InwonerId!.Value].Id, lid.Relatie, Contactpersoon = lid.Contactpersoon == true });
        }

        foreach (var lid in nieuw.OrderBy(l => l.Contactpersoon == true))
        {
            await session.ExecuteAsync(VoegToe, new
            {
                LidId = Guid.CreateVersion7(), HuishoudenId = huishoudenId, lid.InwonerId, lid.Relatie, Contactpersoon = lid.Contactpersoon == true, Nu = nu,
            });
        }

        var wijziging = new Ledenwijziging(
            huishoudenId, 0, ids, [.. nieuw.Select(l => l.InwonerId!.Value)], [.. vertrokken.Select(l => l.InwonerId)],
            [.. gewijzigd.Select(l => l.InwonerId!.Value)], [.. elders.Select(l => new Verhuizing(l.InwonerId, l.HuishoudenId))]);
        var veranderd = wijziging.Toegevoegd.Count + wijziging.Vertrokken.Count + wijziging.Gewijzigd.Count > 0;
        await session.ExecuteAsync(Verhoog, new { Ids = (veranderd ? [huishoudenId] : Array.Empty<Guid>()).Concat(andere.Keys).ToArray() });

        if (plan is not null && veranderd)
        {
            await PlanOpslag.BewaarAsync(session, plan.AlsPlan(), door, nu, "huishouden", huishoudenId, Omschrijving(wijziging));
        }

        foreach (var (anderHuishouden, anderPlan) in andere)
        {
            if (anderPlan is not null)
            {
                await PlanOpslag.BewaarAsync(session, anderPlan.AlsPlan(), door, nu, "huishouden", anderHuishouden, "Huishouden gewijzigd: lid naar een ander huishouden verhuisd");
            }
        }

        var versie = await session.QuerySingleOrDefaultAsync<int>(Vergrendel, new { Id = huishoudenId });
        return wijziging with { Versie = versie };
    }

    /// <summary>The kind of change for the plan's history, never who: the history is read by everyone in the plan.</summary>
    private static string Omschrijving(Ledenwijziging w)
    {
        var delen = new List<string>();
        if (w.Toegevoegd.Count > 0)
        {
            delen.Add(w.Verhuisd.Count > 0 ? "lid toegevoegd (verhuisd uit een ander huishouden)" : "lid toegevoegd");
        }

        if (w.Vertrokken.Count > 0)
        {
            delen.Add("lid vertrokken");
        }

        if (w.Gewijzigd.Count > 0)
        {
            delen.Add("relatie of contactpersoon gewijzigd");
        }

        return "Huishouden gewijzigd: " + string.Join(", ", delen);
    }

    private sealed record LidRij(Guid Id, Guid HuishoudenId, Guid InwonerId, string Relatie, bool Contactpersoon);

    private sealed record PlanRij(Guid Id, Guid HuishoudenId, string Status, string RegisseurId, string RegisseurNaam, string[] Teams, int Versie)
    {
        public Plan AlsPlan() => new(Id, HuishoudenId, Status, RegisseurId, RegisseurNaam, Teams, Versie);
    }
}

/// <summary>
/// What a change of the members did: the household and its new version (the ETag), its members now, who joined, who
/// left (their membership ended, the history stays), whose relation or contact person changed, and who moved here from
/// another household (that membership ended).
/// </summary>
internal sealed record Ledenwijziging(
    Guid Id, int Versie, IReadOnlyList<Guid> Leden, IReadOnlyList<Guid> Toegevoegd, IReadOnlyList<Guid> Vertrokken, IReadOnlyList<Guid> Gewijzigd,
    IReadOnlyList<Verhuizing> Verhuisd) : BuildingBlocks.Audit.IBetreftPersonen
{
    public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Concat(Vertrokken).Select(l => (Guid?)l);
}

/// <summary>An inwoner who moved to this household from <paramref name="VanHuishoudenId"/>: his membership there ended.</summary>
internal sealed record Verhuizing(Guid InwonerId, Guid VanHuishoudenId);
