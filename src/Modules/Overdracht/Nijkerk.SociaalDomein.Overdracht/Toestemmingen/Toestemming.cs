using Dapper;
using Npgsql;

namespace Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

/// <summary>
/// What a toestemming covers and when it holds: not withdrawn, its last day (Dutch date) not passed, and naming the
/// samenvatting, which is what an overdracht shares. The row-level security policy on <c>overdracht.overdracht</c>
/// (migration 0004) holds a partner to the same rule.
/// </summary>
internal static class Toestemming
{
    public const string Samenvatting = "samenvatting";

    public static readonly IReadOnlyDictionary<string, string> Gegevens = new Dictionary<string, string>
    {
        [Samenvatting] = "De samenvatting van de vraagverheldering",
        ["contactgegevens"] = "Contactgegevens (adres, telefoon, e-mail)",
    };

    public static readonly IReadOnlyDictionary<string, string> Wijzen = new Dictionary<string, string>
    {
        ["mondeling"] = "Mondeling",
        ["schriftelijk"] = "Schriftelijk",
        ["digitaal"] = "Digitaal",
    };

    private const string Geldig = """
        t.inwoner_id = @InwonerId and t.partner_organisatie = p.organisatie and t.ingetrokken_op is null
        and t.geldig_tot >= @Vandaag and 'samenvatting' = any(t.gegevens)
        """;

    private const string OntbrekendVoorExpertises = $"""
        select r.expertise as Expertise, p.organisatie as PartnerOrganisatie, p.naam as PartnerNaam
        from unnest(@Expertises::text[]) with ordinality as gevraagd (expertise, volgorde)
        join overdracht.routering r on r.expertise = gevraagd.expertise
        join overdracht.partner p on p.organisatie = r.partner_organisatie
        where not exists (select 1 from overdracht.toestemming t where {Geldig})
        order by gevraagd.volgorde
        """;

    private const string OntbrekendVoorPartner = $"""
        select p.naam from overdracht.partner p
        where p.organisatie = @Partner and not exists (select 1 from overdracht.toestemming t where {Geldig})
        """;

    public static async Task<IReadOnlyList<OntbrekendeToestemming>> OntbrekendAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid inwonerId, IEnumerable<string> expertises, DateOnly vandaag) =>
        [.. await connection.QueryAsync<OntbrekendeToestemming>(
            OntbrekendVoorExpertises, new { InwonerId = inwonerId, Expertises = expertises.Distinct().ToArray(), Vandaag = vandaag }, transaction)];

    /// <summary>The partner's name when the inwoner (or a question without one) has no valid toestemming for it, else null.</summary>
    public static Task<string?> OntbreektVoorPartnerAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid? inwonerId, string partner, DateOnly vandaag) =>
        connection.QuerySingleOrDefaultAsync<string?>(OntbrekendVoorPartner, new { InwonerId = inwonerId, Partner = partner, Vandaag = vandaag }, transaction);

    /// <summary>The Dutch refusal, saying for which expertise and which partner the toestemming is missing.</summary>
    public static string Weigering(IEnumerable<(string Expertise, string Partner)> ontbrekend) =>
        string.Join(" ", ontbrekend.Select(o => $"Voor {o.Expertise} door {o.Partner} is toestemming van de inwoner nodig: leg die eerst vast."));
}
