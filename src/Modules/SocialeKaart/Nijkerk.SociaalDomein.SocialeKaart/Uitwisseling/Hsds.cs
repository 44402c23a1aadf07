using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

/// <summary>
/// The sociale kaart as an Open Referral HSDS 3.0 document: flat arrays of organizations, services, locations,
/// service_at_locations and schedules, with HSDS's own snake_case field names (see docs/adr/0008-hsds-uitwisseling.md).
/// Facts HSDS has no field for travel as <c>attributes</c> with a <c>taxonomy_term</c> in a vocabulary of our own.
/// </summary>
[WeglatenAlsNull]
internal sealed record HsdsDocument(
    [property: JsonPropertyName("organizations")] List<HsdsOrganization>? Organizations,
    [property: JsonPropertyName("services")] List<HsdsService>? Services,
    [property: JsonPropertyName("locations")] List<HsdsLocation>? Locations,
    [property: JsonPropertyName("service_at_locations")] List<HsdsServiceAtLocation>? ServiceAtLocations,
    [property: JsonPropertyName("schedules")] List<HsdsSchedule>? Schedules)
{
    /// <summary>The example in the API document: the empty kaart (an export of GET /sociale-kaart/export is the full form).</summary>
    public static HsdsDocument Voorbeeld => new([], [], [], [], []);
}

[WeglatenAlsNull]
internal sealed record HsdsOrganization(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("website")] string? Website,
    [property: JsonPropertyName("phones")] List<HsdsPhone>? Phones,
    [property: JsonPropertyName("attributes")] List<HsdsAttribute>? Attributes);

[WeglatenAlsNull]
internal sealed record HsdsPhone(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("organization_id")] string? OrganizationId,
    [property: JsonPropertyName("number")] string? Number);

[WeglatenAlsNull]
internal sealed record HsdsService(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("organization_id")] string? OrganizationId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("application_process")] string? ApplicationProcess,
    [property: JsonPropertyName("assured_date")] DateOnly? AssuredDate,
    [property: JsonPropertyName("cost_options")] List<HsdsCostOption>? CostOptions,
    [property: JsonPropertyName("attributes")] List<HsdsAttribute>? Attributes);

[WeglatenAlsNull]
internal sealed record HsdsCostOption(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("service_id")] string? ServiceId,
    [property: JsonPropertyName("option")] string? Option,
    [property: JsonPropertyName("amount")] decimal? Amount,
    [property: JsonPropertyName("currency")] string? Currency);

[WeglatenAlsNull]
internal sealed record HsdsLocation(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("location_type")] string? LocationType,
    [property: JsonPropertyName("organization_id")] string? OrganizationId,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("addresses")] List<HsdsAddress>? Addresses,
    [property: JsonPropertyName("attributes")] List<HsdsAttribute>? Attributes);

[WeglatenAlsNull]
internal sealed record HsdsAddress(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("location_id")] string? LocationId,
    [property: JsonPropertyName("address_1")] string? Address1,
    [property: JsonPropertyName("city")] string? City,
    [property: JsonPropertyName("postal_code")] string? PostalCode,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("address_type")] string? AddressType);

[WeglatenAlsNull]
internal sealed record HsdsServiceAtLocation(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("service_id")] string? ServiceId,
    [property: JsonPropertyName("location_id")] string? LocationId);

/// <summary>
/// A weekly opening (freq WEEKLY, byday, opens_at, closes_at) or a closed day (valid_from = valid_to); which of the
/// two, and the kind of opening, is the term of vocabulary <c>nsd-bereikbaarheid</c> among its attributes.
/// </summary>
[WeglatenAlsNull]
internal sealed record HsdsSchedule(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("service_id")] string? ServiceId,
    [property: JsonPropertyName("location_id")] string? LocationId,
    [property: JsonPropertyName("service_at_location_id")] string? ServiceAtLocationId,
    [property: JsonPropertyName("valid_from")] string? ValidFrom,
    [property: JsonPropertyName("valid_to")] string? ValidTo,
    [property: JsonPropertyName("freq")] string? Freq,
    [property: JsonPropertyName("byday")] string? Byday,
    [property: JsonPropertyName("opens_at")] string? OpensAt,
    [property: JsonPropertyName("closes_at")] string? ClosesAt,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("attributes")] List<HsdsAttribute>? Attributes);

[WeglatenAlsNull]
internal sealed record HsdsAttribute(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("link_id")] string? LinkId,
    [property: JsonPropertyName("link_entity")] string? LinkEntity,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("taxonomy_term")] HsdsTaxonomyTerm? TaxonomyTerm);

[WeglatenAlsNull]
internal sealed record HsdsTaxonomyTerm(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("taxonomy")] string? Taxonomy);

/// <summary>Our vocabularies, the JSON options of the document, and ids for HSDS records we keep no row for.</summary>
internal static class Hsds
{
    public const string Leefgebied = "nsd-leefgebied";
    public const string Thema = "nsd-thema";
    public const string Doelgroep = "nsd-doelgroep";
    public const string Soort = "nsd-soort";
    public const string VerwijzingNodig = "nsd-verwijzing-nodig";
    public const string Kern = "nsd-kern";
    public const string LaatstGecontroleerd = "nsd-laatst-gecontroleerd";
    public const string Status = "nsd-status";
    public const string Bereikbaarheid = "nsd-bereikbaarheid";
    public const string Gesloten = "gesloten";

    public static readonly string[] Dagen = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>Nulls left out, as HSDS publishers do; names come from the records' attributes.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>Reads an uploaded file; a file that is not JSON or not this shape throws <see cref="JsonException"/>.</summary>
    public static async Task<HsdsDocument?> LeesAsync(Stream stream, CancellationToken cancellationToken) =>
        await JsonSerializer.DeserializeAsync<HsdsDocument>(stream, Json, cancellationToken);

    /// <summary>
    /// A stable id for what we store without an id of its own (a phone, an address, a link, a closed day), so the
    /// same kaart exports the same document every time.
    /// </summary>
    public static Guid AfgeleideId(Guid id, string soort)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id.ToString("D") + "/" + soort)).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: our own, name based
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    public static HsdsAttribute Attribuut(Guid linkId, string entity, string taxonomie, string code, string? naam = null, string? waarde = null) =>
        new(AfgeleideId(linkId, taxonomie + ":" + code).ToString(), linkId.ToString(), entity, waarde,
            new HsdsTaxonomyTerm(AfgeleideId(Guid.Empty, taxonomie + ":" + code).ToString(), code, naam ?? code, taxonomie));

    public static IEnumerable<string> Codes(IEnumerable<HsdsAttribute>? attributen, string taxonomie) =>
        (attributen ?? []).Where(a => a.TaxonomyTerm?.Taxonomy == taxonomie).Select(a => a.TaxonomyTerm!.Code ?? "");

    public static HsdsAttribute? Eerste(IEnumerable<HsdsAttribute>? attributen, string taxonomie) =>
        (attributen ?? []).FirstOrDefault(a => a.TaxonomyTerm?.Taxonomy == taxonomie);
}
