using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>What an edit answers: the new version (the next <c>If-Match</c>), and the inwoner, for the audit log.</summary>
internal sealed record Bewerkt(Guid VraagverhelderingId, Guid? InwonerId, int Versie) : IBetreftPersonen
{
    public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
}

/// <summary>How the gesprek and the hulpvragen are written into and read from their jsonb columns.</summary>
internal static class Document
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Schrijf<T>(T waarde) => JsonSerializer.Serialize(waarde, Json);

    public static T? Lees<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Json);
}
