using System.Data;
using Dapper;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>
/// What became of an aanmelding's overdrachten, as Intake follows them from Overdracht's events (ADR 0020). The
/// kastje-muur count: how many times it was handed over (<paramref name="AantalOverdrachten"/>, every overdracht, routed
/// anew included) and how many of those came back (<paramref name="AantalTeruggelegd"/>: laid back by a team, or
/// expired at an external partner). Then the laid-back ones waiting for the loket to route them anew (with the reason),
/// and the ones a team let expire without accepting.
/// </summary>
internal sealed record Overdrachtstand(
    int AantalOverdrachten, int AantalTeruggelegd, IReadOnlyList<TerugVanOverdracht> Teruggelegd, IReadOnlyList<VerlopenOverdracht> Verlopen);

/// <summary>Reads <see cref="Overdrachtstand"/> and holds the werkvoorraad's conditions on it.</summary>
internal static class Overdrachtstanden
{
    public static readonly Overdrachtstand Geen = new(0, 0, [], []);

    /// <summary>
    /// The werkvoorraad's condition on <c>intake.aanmelding a</c>: one of its overdrachten waits for the loket, laid back
    /// (and not routed anew or closed) or expired at a team (and not accepted, laid back or routed anew).
    /// </summary>
    public const string WachtOpLoket = """
        exists (select 1 from intake.aanmelding_overdracht o
                where o.aanmelding_id = a.id and o.afgesloten_op is null
                  and (o.teruggelegd_op is not null or (o.verlopen_op is not null and o.geaccepteerd_op is null))
                  and not exists (select 1 from intake.aanmelding_overdracht n where n.vorige_overdracht_id = o.overdracht_id))
        """;

    /// <summary>Only laid back (for the filter overdracht=teruggelegd).</summary>
    public const string AlleenTeruggelegd = """
        exists (select 1 from intake.aanmelding_overdracht o
                where o.aanmelding_id = a.id and o.afgesloten_op is null and o.teruggelegd_op is not null
                  and not exists (select 1 from intake.aanmelding_overdracht n where n.vorige_overdracht_id = o.overdracht_id))
        """;

    /// <summary>Only expired at a team and not yet accepted (for the filter overdracht=verlopen).</summary>
    public const string AlleenVerlopen = """
        exists (select 1 from intake.aanmelding_overdracht o
                where o.aanmelding_id = a.id and o.afgesloten_op is null and o.teruggelegd_op is null
                  and o.verlopen_op is not null and o.geaccepteerd_op is null
                  and not exists (select 1 from intake.aanmelding_overdracht n where n.vorige_overdracht_id = o.overdracht_id))
        """;

    private const string Sql = """
        select o.overdracht_id as OverdrachtId, o.aanmelding_id as AanmeldingId, o.team_naam as Team, o.partner_organisatie as PartnerOrganisatie,
               o.geaccepteerd_op as GeaccepteerdOp, o.teruggelegd_op as TeruggelegdOp, o.reden_omschrijving as RedenOmschrijving,
               o.toelichting as Toelichting, o.verlopen_op as VerlopenOp, o.afgesloten_op as AfgeslotenOp,
               exists (select 1 from intake.aanmelding_overdracht n where n.vorige_overdracht_id = o.overdracht_id) as OpnieuwGerouteerd
        from intake.aanmelding_overdracht o
        where o.aanmelding_id = any(@Ids)
        order by o.overdracht_id
        """;

    /// <summary>The stand of each of these aanmeldingen (none: zero and empty).</summary>
    public static async Task<IReadOnlyDictionary<Guid, Overdrachtstand>> LeesAsync(IDbConnection connection, IReadOnlyCollection<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Overdrachtstand>();
        }

        var rijen = await connection.QueryAsync<Rij>(Sql, new { Ids = ids.ToArray() });
        var perAanmelding = rijen.ToLookup(r => r.AanmeldingId);
        return ids.Distinct().ToDictionary(id => id, id => Van([.. perAanmelding[id]]));
    }

    private static Overdrachtstand Van(IReadOnlyList<Rij> rijen)
    {
        var wachtend = rijen.Where(r => r.AfgeslotenOp is null && !r.OpnieuwGerouteerd).ToList();
        return new Overdrachtstand(
            rijen.Count,
            rijen.Count(r => r.TeruggelegdOp is not null),
            [.. wachtend.Where(r => r.TeruggelegdOp is not null).OrderByDescending(r => r.TeruggelegdOp)
                .Select(r => new TerugVanOverdracht(r.OverdrachtId, r.Team, r.PartnerOrganisatie, r.RedenOmschrijving ?? "", r.Toelichting, r.TeruggelegdOp!.Value))],
            [.. wachtend.Where(r => r.TeruggelegdOp is null && r.VerlopenOp is not null && r.GeaccepteerdOp is null).OrderBy(r => r.VerlopenOp)
                .Select(r => new VerlopenOverdracht(r.OverdrachtId, r.Team, r.PartnerOrganisatie, r.VerlopenOp!.Value))]);
    }

    private sealed record Rij(
        Guid OverdrachtId, Guid AanmeldingId, string Team, string? PartnerOrganisatie, DateTimeOffset? GeaccepteerdOp, DateTimeOffset? TeruggelegdOp,
        string? RedenOmschrijving, string? Toelichting, DateTimeOffset? VerlopenOp, DateTimeOffset? AfgeslotenOp, bool OpnieuwGerouteerd);
}

/// <summary>A laid-back overdracht waiting for the loket: which team (and partner), the reason from the list, the team's explanation.</summary>
internal sealed record TerugVanOverdracht(
    Guid OverdrachtId, string Team, string? PartnerOrganisatie, string RedenOmschrijving, string? Toelichting, DateTimeOffset TeruggelegdOp);

/// <summary>An overdracht the team did not accept within its term: it stands out until accepted.</summary>
internal sealed record VerlopenOverdracht(Guid OverdrachtId, string Team, string? PartnerOrganisatie, DateTimeOffset VerlopenOp);
