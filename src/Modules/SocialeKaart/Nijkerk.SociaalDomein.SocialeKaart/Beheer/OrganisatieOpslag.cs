using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>Writes an organisatie's locaties as one set: kept, edited, new, or removed when no voorziening needs them.</summary>
internal static class OrganisatieOpslag
{
    private const string InGebruik = """
        select l.naam from sociale_kaart.locatie l
        where l.organisatie_id = @OrganisatieId and not (l.id = any(@Behouden))
          and (exists (select 1 from sociale_kaart.voorziening_locatie vl where vl.locatie_id = l.id)
               or exists (select 1 from sociale_kaart.openingstijd t where t.locatie_id = l.id))
        limit 1
        """;

    private const string Onbekend = """
        select count(*) from sociale_kaart.locatie where organisatie_id = @OrganisatieId and id = any(@Behouden)
        """;

    private const string Verwijder = """
        delete from sociale_kaart.locatie where organisatie_id = @OrganisatieId and not (id = any(@Behouden))
        """;

    private const string Schrijf = """
        insert into sociale_kaart.locatie (id, organisatie_id, naam, straat, huisnummer, postcode, plaats, kern)
        values (@Id, @OrganisatieId, @Naam, @Straat, @Huisnummer, @Postcode, @Plaats, @Kern)
        on conflict (id) do update set naam = excluded.naam, straat = excluded.straat, huisnummer = excluded.huisnummer,
            postcode = excluded.postcode, plaats = excluded.plaats, kern = excluded.kern
        """;

    public static async Task SchrijfLocatiesAsync(CommandSession session, Guid organisatieId, IReadOnlyList<LocatieInvoer> locaties)
    {
        Guid[] behouden = [.. locaties.Select(l => l.Id).OfType<Guid>()];
        if (await session.QuerySingleOrDefaultAsync<long>(Onbekend, new { OrganisatieId = organisatieId, Behouden = behouden }) != behouden.Distinct().Count())
        {
            throw new RegelOvertredenException("Een locatie hoort niet bij deze organisatie.");
        }

        if (await session.QuerySingleOrDefaultAsync<string>(InGebruik, new { OrganisatieId = organisatieId, Behouden = behouden }) is { } naam)
        {
            throw new RegelOvertredenException($"Locatie {naam} kan niet weg: er wordt nog een voorziening aangeboden.");
        }

        await session.ExecuteAsync(Verwijder, new { OrganisatieId = organisatieId, Behouden = behouden });
        await session.ExecuteAsync(Schrijf, locaties.Select(l => new
        {
            Id = l.Id ?? Guid.CreateVersion7(),
            OrganisatieId = organisatieId,
            Naam = l.Naam!.Trim(),
            Straat = Leeg(l.Straat),
            Huisnummer = Leeg(l.Huisnummer),
            Postcode = Leeg(l.Postcode)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(),
            Plaats = l.Plaats!.Trim(),
            l.Kern,
        }));
    }

    public static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
}
