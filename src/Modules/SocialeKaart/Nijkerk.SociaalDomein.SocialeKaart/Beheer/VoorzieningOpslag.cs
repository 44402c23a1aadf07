using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>
/// Writes what creating and editing a voorziening share: the checks against stored facts (the organisatie exists and
/// is not archived, the locaties are that organisatie's own) and the sets that hang under it, replaced whole.
/// </summary>
internal static class VoorzieningOpslag
{
    private const string Organisatie = """
        select gearchiveerd_op is null from sociale_kaart.organisatie where id = @OrganisatieId
        """;

    private const string EigenLocaties = """
        select count(*) from sociale_kaart.locatie where organisatie_id = @OrganisatieId and id = any(@LocatieIds)
        """;

    private const string Vervang = """
        delete from sociale_kaart.voorziening_locatie where voorziening_id = @Id;
        delete from sociale_kaart.openingstijd where voorziening_id = @Id;
        delete from sociale_kaart.sluitingsdag where voorziening_id = @Id;
        insert into sociale_kaart.voorziening_locatie (voorziening_id, locatie_id) select @Id, unnest(@LocatieIds);
        """;

    private const string Openingstijd = """
        insert into sociale_kaart.openingstijd (id, voorziening_id, locatie_id, weekdag, van, tot, soort)
        values (@TijdId, @Id, @LocatieId, @Weekdag, @Van, @Tot, @Soort)
        """;

    private const string Sluitingsdag = """
        insert into sociale_kaart.sluitingsdag (voorziening_id, datum, omschrijving) values (@Id, @Datum, @Omschrijving)
        """;

    public static async Task ControleerAsync(CommandSession session, Voorzieningsgegevens gegevens)
    {
        var actief = await session.QuerySingleOrDefaultAsync<bool?>(Organisatie, new { gegevens.OrganisatieId })
            ?? throw new RegelOvertredenException("De gekozen organisatie bestaat niet.");
        if (!actief)
        {
            throw new RegelOvertredenException("De gekozen organisatie is gearchiveerd; kies een andere of haal haar eerst terug.");
        }

        var locatieIds = LocatieIds(gegevens);
        var eigen = await session.QuerySingleOrDefaultAsync<long>(EigenLocaties, new { gegevens.OrganisatieId, LocatieIds = locatieIds });
        if (eigen != locatieIds.Length)
        {
            throw new RegelOvertredenException("Een gekozen locatie hoort niet bij deze organisatie.");
        }
    }

    public static async Task SchrijfOnderdelenAsync(CommandSession session, Guid id, Voorzieningsgegevens gegevens)
    {
        await session.ExecuteAsync(Vervang, new { Id = id, LocatieIds = LocatieIds(gegevens) });
        await session.ExecuteAsync(Openingstijd, (gegevens.Openingstijden ?? []).Select(t => new
        {
            TijdId = Guid.CreateVersion7(), Id = id, t.LocatieId, t.Weekdag, t.Van, t.Tot, t.Soort,
        }));
        await session.ExecuteAsync(Sluitingsdag, (gegevens.Sluitingsdagen ?? []).Select(d => new { Id = id, d.Datum, Omschrijving = d.Omschrijving!.Trim() }));
    }

    /// <summary>The chosen locaties, and every locatie an opening time names: open somewhere means offered there.</summary>
    private static Guid[] LocatieIds(Voorzieningsgegevens gegevens) =>
        [.. (gegevens.LocatieIds ?? []).Concat((gegevens.Openingstijden ?? []).Select(t => t.LocatieId).OfType<Guid>()).Distinct()];

    /// <summary>The voorziening's own columns as parameters, cleaned up the same way for creating and editing.</summary>
    public static object Kolommen(Guid id, int versie, Voorzieningsgegevens g, DateTimeOffset nu, string door) => new
    {
        Id = id,
        Versie = versie,
        g.OrganisatieId,
        Naam = g.Naam!.Trim(),
        Omschrijving = g.Omschrijving?.Trim() ?? "",
        Leefgebieden = Opgeschoond(g.Leefgebieden),
        Themas = Opgeschoond(g.Themas),
        Doelgroepen = Opgeschoond(g.Doelgroepen),
        g.Kosteloos,
        g.Soort,
        Aanvragen = string.IsNullOrWhiteSpace(g.Aanvragen) ? null : g.Aanvragen.Trim(),
        g.VerwijzingNodig,
        g.LaatstGecontroleerd,
        Nu = nu,
        Door = door,
    };

    private static string[] Opgeschoond(string[]? waarden) =>
        [.. (waarden ?? []).Select(w => w.Trim()).Where(w => w.Length > 0).Distinct()];
}
